import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ActionItem } from '@bina-pustaka/shared-contracts';
import {
  BUDI,
  GROUP_ID,
  SITI,
  focusGroup,
  focusGroupTranslocoTesting,
  openGroupPage as open,
  session,
  settle,
} from '../testing';
import { FocusGroupPage } from './focus-group.page';

const URL_BASE = `/api/focus-groups/${GROUP_ID}`;

const action = (changes: Partial<ActionItem> = {}): ActionItem => ({
  id: 'a1',
  groupId: GROUP_ID,
  groupTopic: 'Layanan perpustakaan keliling',
  findingId: null,
  what: 'Menyusun jadwal mobil keliling',
  owner: BUDI,
  dueOn: '2026-11-30',
  status: 'open',
  overdue: true,
  updatedAt: '2026-11-20T03:00:00Z',
  ...changes,
});

const MEMBERS_VIEW = focusGroup({
  sessions: [
    session({ notesHtml: '<h2>Ringkasan</h2><p>Bensin mahal.</p><img src="x" onerror="alert(1)">' }),
    session({
      id: 's2',
      title: 'Sesi daring',
      mode: 'online',
      location: null,
      webinarSessionId: 'w1',
      timeZone: 'Asia/Makassar',
    }),
  ],
  findings: [
    {
      id: 'f1',
      challenge: 'Anggaran bensin tidak cukup',
      tag: 'anggaran',
      raisedByCount: 5,
      sessionId: 's1',
      createdAt: '',
    },
  ],
  actionItems: [action()],
});

describe('FocusGroupPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows a member the purpose, people, sessions with their notes, findings and action items, read only', async () => {
    // The notes below carry an event handler on purpose: Angular warns when it strips it.
    const warned = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { element, button } = await open(MEMBERS_VIEW);
    expect(element.querySelector('h1')?.textContent).toContain('Layanan perpustakaan keliling');
    expect(element.textContent).toContain('Mendengar tantangan layanan keliling di desa.');
    expect(element.querySelector('#fg-people-heading')?.textContent).toContain('Peserta (2)');
    const sessions = element.querySelectorAll('bp-fg-sessions .fg-row');
    expect(sessions[0].textContent).toContain('25 November 2026, 14.00 WIB – 15.30 WIB');
    expect(sessions[0].textContent).toContain('Tatap muka di Ruang Baca Lt. 2');
    // The notes are the api's HTML, and Angular's sanitizer drops what could run.
    const notes = sessions[0].querySelector('.rich-text') as HTMLElement;
    expect(notes.querySelector('h2')?.textContent).toBe('Ringkasan');
    expect(notes.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect(sessions[1].textContent).toContain('15.00 WITA');
    expect(sessions[1].querySelector('a')?.getAttribute('href')).toBe('/webinar/w1/ruang');
    expect(sessions[1].textContent).toContain('Notulen belum ditulis.');
    expect(element.querySelector('bp-fg-findings')?.textContent).toContain('disampaikan oleh 5 anggota');
    expect(element.querySelector('bp-fg-findings')?.textContent).toContain('sesi Sesi pertama');
    const item = element.querySelector('bp-fg-action-items .fg-row') as HTMLElement;
    expect(item.querySelector('.badge-overdue')?.textContent).toContain('Terlambat');
    expect(item.textContent).toContain('Budi Santoso · tenggat 30 November 2026');
    expect(item.textContent).toContain('Belum dimulai');
    expect(element.querySelector('.page-header a')?.getAttribute('href')).toBe('/forum/f-fg1');
    expect(element.querySelector('select')).toBeNull();
    expect(button('Tambah sesi')).toBeUndefined();
    expect(button('Tulis notulen')).toBeUndefined();
    expect(warned).toHaveBeenCalled();
    warned.mockRestore();
  });

  it('downloads the PDF summary under the name the api gave it', async () => {
    const { http, render, button } = await open(focusGroup());
    const createObjectURL = jest.fn(() => 'blob:ringkasan');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('ringkasan.pdf');
    });
    button('Unduh ringkasan (PDF)')?.click();
    await render();
    http.expectOne(`${URL_BASE}/summary.pdf`).flush(new Blob(['%PDF']), {
      headers: { 'Content-Disposition': 'attachment; filename="ringkasan.pdf"' },
    });
    await render();
    expect(clicked).toHaveBeenCalledTimes(1);
    clicked.mockRestore();
  });

  it('lets a facilitator plan a session in WITA, write its notes and follow up', async () => {
    const manager = { ...MEMBERS_VIEW, myRole: 'facilitator' as const, may: { manage: true, postAnonymously: false } };
    manager.sessions = [session({ notesMarkdown: '' })];
    const { http, render, element, type, button } = await open(manager);

    button('Tambah sesi')?.click();
    await render();
    type('#fg-session-title', 'Sesi kedua');
    type('#fg-session-date', '2026-12-03');
    type('#fg-session-time', '10:00');
    type('#fg-session-zone', 'Asia/Makassar');
    element.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
    await render();
    expect(element.querySelector('#fg-session-location')).toBeNull();
    button('Simpan sesi')?.click();
    await render();
    const add = http.expectOne(`${URL_BASE}/sessions`);
    expect(add.request.body).toEqual({
      title: 'Sesi kedua',
      startsAt: '2026-12-03T02:00:00.000Z',
      durationMinutes: 90,
      timeZone: 'Asia/Makassar',
      mode: 'online',
      location: null,
    });
    add.flush({});
    http.expectOne(URL_BASE).flush(manager);
    await render();

    button('Tulis notulen')?.click();
    await render();
    type('#fg-notes-s1', '## Ringkasan\n\nBensin mahal.');
    button('Simpan notulen')?.click();
    await render();
    const notes = http.expectOne(`${URL_BASE}/sessions/s1/notes`);
    expect(notes.request.method).toBe('PUT');
    expect(notes.request.body).toEqual({ notesMarkdown: '## Ringkasan\n\nBensin mahal.' });
    notes.flush({});
    http.expectOne(URL_BASE).flush({
      ...manager,
      sessions: [session({ notesHtml: '<h2>Ringkasan</h2>', notesMarkdown: '## Ringkasan' })],
    });
    await render();
    expect(element.querySelector('.rich-text h2')?.textContent).toBe('Ringkasan');

    type('#fg-action-status-a1', 'done');
    await render();
    const status = http.expectOne(`${URL_BASE}/actions/a1`);
    expect(status.request.body).toEqual({ status: 'done' });
    status.flush({});
    http.expectOne(URL_BASE).flush(manager);
    await render();
  });

  it('adds a finding and an action item with its owner picked by name', async () => {
    const manager = focusGroup({ myRole: null, may: { manage: true, postAnonymously: false } });
    const { http, render, element, type, button } = await open(manager);

    button('Tambah temuan')?.click();
    await render();
    type('#fg-finding-challenge', 'Anggaran bensin tidak cukup');
    type('#fg-finding-tag', 'anggaran');
    type('#fg-finding-count', '5');
    button('Simpan temuan')?.click();
    await render();
    const finding = http.expectOne(`${URL_BASE}/findings`);
    expect(finding.request.body).toEqual({
      challenge: 'Anggaran bensin tidak cukup',
      tag: 'anggaran',
      raisedByCount: 5,
      sessionId: null,
    });
    finding.flush({});
    http.expectOne(URL_BASE).flush(manager);
    await render();

    button('Tambah tindak lanjut')?.click();
    await render();
    type('#fg-action-what', 'Menyusun jadwal mobil keliling');
    type('#fg-action-owner', 'bud');
    await new Promise((resolve) => setTimeout(resolve, 250));
    http.expectOne('/api/focus-groups/people?q=bud').flush([BUDI]);
    await render();
    (element.querySelector('#fg-action-owner') as HTMLInputElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter' }),
    );
    await render();
    type('#fg-action-due', '2026-12-31');
    button('Simpan tindak lanjut')?.click();
    await render();
    const item = http.expectOne(`${URL_BASE}/actions`);
    expect(item.request.body).toEqual({
      what: 'Menyusun jadwal mobil keliling',
      ownerId: BUDI.id,
      dueOn: '2026-12-31',
      findingId: null,
    });
    item.flush({});
    http.expectOne(URL_BASE).flush(manager);
    await render();
  });

  it('lets a manager change a role and shows a refusal above the people', async () => {
    const manager = focusGroup({ may: { manage: true, postAnonymously: false } });
    const { http, render, element, type } = await open(manager);
    type(`#fg-role-${BUDI.id}`, 'facilitator');
    await render();
    http.expectOne(`${URL_BASE}/people/${BUDI.id}`).flush(
      {
        statusCode: 409,
        code: 'focusGroup.lastFacilitator',
        message: 'Diskusi fokus memerlukan sedikitnya satu fasilitator.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    expect(element.querySelector('bp-fg-people [role="alert"]')?.textContent).toContain('sedikitnya satu fasilitator');
    expect(element.textContent).toContain(SITI.fullName);
  });

  it('says so when the group is not there for the viewer', async () => {
    TestBed.configureTestingModule({
      imports: [focusGroupTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'diskusi-fokus/:groupId', component: FocusGroupPage }]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(`/diskusi-fokus/${GROUP_ID}`);
    await settle(harness.fixture);
    TestBed.inject(HttpTestingController)
      .expectOne(URL_BASE)
      .flush(
        { statusCode: 404, code: 'focusGroup.notFound', message: 'Diskusi fokus tidak ditemukan.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Diskusi fokus tidak ditemukan.');
    expect(element.querySelector('bp-fg-people')).toBeNull();
  });
});
