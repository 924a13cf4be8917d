import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import axe from 'axe-core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  CERTIFICATE_ROLES,
  type CertificateBatch,
  type BatchCertificateRole,
  type Role,
  type WebinarAttendanceLedger,
  type WebinarAttendanceRow,
  type WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { webinarTranslocoTesting } from '../testing';
import { AttendancePage } from './attendance.page';

/** Lets the awaited calls finish, then renders. */
async function settle(harness: RouterTestingHarness): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await harness.fixture.whenStable();
}

function session(changes: Partial<WebinarSession> = {}): WebinarSession {
  return {
    id: 'w1',
    title: 'Kurasi Koleksi Digital',
    description: '',
    courseId: null,
    courseTitle: null,
    audience: 'registered',
    cohortId: null,
    cohortName: null,
    startsAt: '2026-03-03T07:00:00.000Z',
    durationMinutes: 100,
    timeZone: 'Asia/Jakarta',
    jp: 2,
    capacity: null,
    requireAdmission: false,
    status: 'ended',
    openedAt: '2026-03-03T06:55:00.000Z',
    endedAt: '2026-03-03T08:40:00.000Z',
    staff: [
      { userId: 'h1', name: 'Siti Rahayu', role: 'host' },
      { userId: 'p1', name: 'Agus Setiawan', role: 'presenter' },
    ],
    registeredCount: 5,
    myRole: 'host',
    registered: false,
    canManage: true,
    ...changes,
  };
}

function row(userId: string, percent: number, role: WebinarAttendanceRow['role'] = 'attendee'): WebinarAttendanceRow {
  return {
    userId,
    name: `Orang ${userId}`,
    email: `${userId}@perpustakaan.test`,
    role,
    firstJoinedAt: '2026-03-03T07:00:00.000Z',
    lastLeftAt: '2026-03-03T08:40:00.000Z',
    visits: 1,
    minutes: percent,
    percent,
  };
}

/** Four attendees (95, 80, 79 and 40%) and the host, who is not a participant. */
function ledger(final = true): WebinarAttendanceLedger {
  return {
    sessionId: 'w1',
    scheduledMinutes: 100,
    final,
    rows: [row('a1', 95), row('a2', 80), row('a3', 79), row('a4', 40), row('h1', 100, 'host')],
  };
}

const BATCH: CertificateBatch = {
  id: 'b1',
  subject: { kind: 'webinar', id: 'w1', title: 'Kurasi Koleksi Digital' },
  cohortId: null,
  cohortName: null,
  role: 'peserta',
  templateId: 't2',
  createdAt: '2026-03-03T09:00:00.000Z',
  createdBy: 'c1',
  total: 2,
  issued: 0,
  failed: 0,
  pending: 2,
  alreadyHeld: 0,
};

const TEMPLATES = [
  { id: 't1', name: 'Sertifikat Standar', isDefault: true },
  { id: 't2', name: 'Sertifikat Webinar', isDefault: false },
];

describe('AttendancePage', () => {
  async function open(roles: Role[], value: WebinarSession, book: WebinarAttendanceLedger) {
    TestBed.configureTestingModule({
      imports: [webinarTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { roles: () => roles } },
        provideRouter([
          { path: 'webinar/:webinarId/kehadiran', component: AttendancePage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl('/webinar/w1/kehadiran');
    http.expectOne('/api/webinars/w1').flush(value);
    http.expectOne('/api/webinars/w1/attendance').flush(book);
    await settle(harness);
    return { harness, http, element: harness.routeNativeElement as HTMLElement };
  }

  const button = (element: HTMLElement, text: string) =>
    [...element.querySelectorAll('button')].find((item) => item.textContent?.trim() === text);

  /** Opens the form and answers the template list. */
  async function openForm(harness: RouterTestingHarness, http: HttpTestingController, element: HTMLElement) {
    button(element, 'Terbitkan sertifikat')?.click();
    await settle(harness);
    http.expectOne('/api/certificate-templates').flush(TEMPLATES);
    await settle(harness);
  }

  /** The role's radio button (bound to the form, it carries no value attribute). */
  const roleRadio = (element: HTMLElement, role: BatchCertificateRole) =>
    element.querySelectorAll<HTMLInputElement>('input[name="role"]')[CERTIFICATE_ROLES.indexOf(role)];

  function type(element: HTMLElement, selector: string, value: string): void {
    const input = element.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('hides certificate issuing from a host who is not a coordinator, and still shows the ledger', async () => {
    const { element } = await open(['trainer'], session(), ledger());
    expect(button(element, 'Terbitkan sertifikat')).toBeUndefined();
    expect(element.querySelector('bp-webinar-certificates')).toBeNull();
    expect(element.querySelectorAll('tbody tr')).toHaveLength(5);
  });

  it('hides it from a coordinator who does not manage the session', async () => {
    const { element } = await open(['coordinator'], session({ canManage: false }), ledger());
    expect(button(element, 'Terbitkan sertifikat')).toBeUndefined();
  });

  it('keeps the button disabled and says why until the ledger is final', async () => {
    const { element } = await open(['coordinator'], session({ status: 'live', endedAt: null }), ledger(false));
    const issue = button(element, 'Terbitkan sertifikat');
    expect(issue?.disabled).toBe(true);
    const why = element.querySelector(`#${issue?.getAttribute('aria-describedby')}`);
    expect(why?.textContent).toContain('setelah sesi berakhir dan daftar hadir menjadi final');
    expect(element.querySelector('form')).toBeNull();
  });

  it('says the ledger is being settled when the session has ended but its figures are not final', async () => {
    const { element } = await open(['admin'], session(), ledger(false));
    expect(button(element, 'Terbitkan sertifikat')?.disabled).toBe(true);
    expect(element.textContent).toContain('daftar hadir sedang direkap');
  });

  it('counts the participants who meet the threshold, and refuses a threshold outside 1-100', async () => {
    const { harness, http, element } = await open(['coordinator'], session(), ledger());
    await openForm(harness, http, element);
    const count = () => element.querySelector('.certificates-count')?.textContent?.trim();
    expect((element.querySelector('#certificate-percent') as HTMLInputElement).value).toBe('80');
    // The host's 100% is not a participant's.
    expect(count()).toBe('Saat ini 2 dari 4 peserta dalam daftar hadir memenuhi kehadiran minimal 80%.');

    type(element, '#certificate-percent', '40');
    await settle(harness);
    expect(count()).toBe('Saat ini 4 dari 4 peserta dalam daftar hadir memenuhi kehadiran minimal 40%.');

    type(element, '#certificate-percent', '101');
    await settle(harness);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness);
    http.expectNone('/api/certificate-batches/webinar');
    const input = element.querySelector('#certificate-percent') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('certificate-percent-hint certificate-percent-error');
    const error = () => element.querySelector('#certificate-percent-error')?.textContent?.trim();
    expect(error()).toBe('Maksimal 100.');
    expect(document.activeElement).toBe(input);
    expect(count()).toBe('');
    for (const [typed, message] of [
      ['80.5', 'Isian ini belum benar.'],
      ['0', 'Minimal 1.'],
      ['', 'Wajib diisi.'],
    ]) {
      type(element, '#certificate-percent', typed);
      await settle(harness);
      expect(error()).toBe(message);
    }

    // Speakers: the session's presenters.
    roleRadio(element, 'narasumber').click();
    await settle(harness);
    expect(element.querySelector('#certificate-percent')).toBeNull();
    expect(count()).toBe('Narasumber yang tercatat di sesi ini: 1 orang.');
  });

  it('posts the session, role, threshold and template, then opens the batch progress page', async () => {
    const { harness, http, element } = await open(['coordinator'], session(), ledger());
    await openForm(harness, http, element);
    type(element, '#certificate-percent', '75');
    type(element, '#certificate-template', 't2');
    await settle(harness);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness);
    const request = http.expectOne('/api/certificate-batches/webinar');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      sessionId: 'w1',
      role: 'peserta',
      minAttendancePercent: 75,
      templateId: 't2',
    });
    request.flush({ batch: BATCH, rejected: [] }, { status: 201, statusText: 'Created' });
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/kelola/sertifikat/batch/b1');
  });

  it('shows the server’s 422 in the form and keeps what was filled in', async () => {
    const { harness, http, element } = await open(['coordinator'], session(), ledger());
    await openForm(harness, http, element);
    type(element, '#certificate-percent', '100');
    await settle(harness);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness);
    const request = http.expectOne('/api/certificate-batches/webinar');
    expect(request.request.body).toEqual({ sessionId: 'w1', role: 'peserta', minAttendancePercent: 100 });
    request.flush(
      {
        statusCode: 422,
        code: 'certificates.nobodyAttended',
        message: 'Tidak ada peserta yang hadir minimal 100% dari waktu sesi.',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(harness);
    expect(element.querySelector('form [role="alert"]')?.textContent).toContain(
      'Tidak ada peserta yang hadir minimal 100% dari waktu sesi.',
    );
    expect((element.querySelector('#certificate-percent') as HTMLInputElement).value).toBe('100');
    expect(roleRadio(element, 'peserta').checked).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/webinar/w1/kehadiran');
  });

  it('names why nobody was given a certificate when every eligible participant is held back', async () => {
    const { harness, http, element } = await open(['coordinator'], session(), ledger());
    await openForm(harness, http, element);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness);
    const evaluation = 'Belum mengisi survei evaluasi sesi ini, yang diwajibkan untuk sertifikat.';
    http.expectOne('/api/certificate-batches/webinar').flush(
      {
        batch: null,
        rejected: [
          { userId: 'u1', row: null, reason: evaluation },
          { userId: 'u2', row: null, reason: evaluation },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(harness);
    const alert = element.querySelector('.certificates-outcome [role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('Belum ada peserta yang dapat diberi sertifikat:');
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent?.trim())).toEqual([
      `2 peserta: ${evaluation}`,
    ]);
    expect(alert.textContent).not.toContain('Terjadi kesalahan');
    expect(document.activeElement).toBe(element.querySelector('.certificates-outcome'));
    expect(TestBed.inject(Router).url).toBe('/webinar/w1/kehadiran');
  });

  it('shows the server’s 409 for a staff role', async () => {
    const { harness, http, element } = await open(['admin'], session(), ledger());
    await openForm(harness, http, element);
    roleRadio(element, 'panitia').click();
    await settle(harness);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness);
    const request = http.expectOne('/api/certificate-batches/webinar');
    expect(request.request.body).toMatchObject({ sessionId: 'w1', role: 'panitia' });
    request.flush(
      {
        statusCode: 409,
        code: 'certificates.sessionNotSettled',
        message: 'Sertifikat webinar dapat diterbitkan setelah sesi selesai dan daftar hadirnya direkap.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(harness);
    expect(element.querySelector('form [role="alert"]')?.textContent).toContain('daftar hadirnya direkap');
    expect(roleRadio(element, 'panitia').checked).toBe(true);
  });

  it('labels every value for the phone layout without repeating it to screen readers', async () => {
    const { element } = await open(['trainer'], session(), ledger());
    const first = element.querySelector('tbody tr') as HTMLElement;
    expect(first.getAttribute('role')).toBe('row');
    const labels = [...first.querySelectorAll('.cell-label')];
    expect(labels.map((label) => label.textContent?.trim())).toEqual([
      'Peran',
      'Pertama masuk',
      'Terakhir keluar',
      'Kunjungan',
      'Menit',
      'Kehadiran',
    ]);
    expect(labels.every((label) => label.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('has no serious accessibility violations with the form open (axe)', async () => {
    const { harness, http, element } = await open(['coordinator'], session(), ledger());
    await openForm(harness, http, element);
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.passes.map((item) => item.id)).toEqual(expect.arrayContaining(['label', 'aria-valid-attr-value']));
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
});
