import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { FocusGroupDetail } from '@bina-pustaka/shared-contracts';
import { GROUP_ID, focusGroup, openGroupPage, session } from '../testing';

const URL_BASE = `/api/focus-groups/${GROUP_ID}`;
const MANAGES = { myRole: 'facilitator' as const, may: { manage: true, postAnonymously: false } };

/** A manager corrects what was written: the group's topic and purpose, a session, a finding. */
describe('FocusGroupPage edits', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('changes the topic and anonymity, sending only what changed, and keeps the form on a refusal', async () => {
    const group = focusGroup(MANAGES);
    const { http, render, element, type, button } = await openGroupPage(group);
    button('Ubah topik dan tujuan')?.click();
    await render();
    expect((element.querySelector('#fg-edit-topic') as HTMLInputElement).value).toBe(group.topic);
    expect((element.querySelector('#fg-edit-anonymous') as HTMLInputElement).checked).toBe(true);

    // Too short a purpose is caught before anything is sent.
    type('#fg-edit-purpose', 'Singkat');
    button('Simpan perubahan')?.click();
    await render();
    http.expectNone(URL_BASE);
    expect(element.querySelector('#fg-edit-purpose')?.getAttribute('aria-invalid')).toBe('true');

    type('#fg-edit-purpose', group.purpose);
    type('#fg-edit-topic', 'Layanan keliling di desa terpencil');
    (element.querySelector('#fg-edit-anonymous') as HTMLInputElement).click();
    button('Simpan perubahan')?.click();
    await render();
    const refused = http.expectOne(URL_BASE);
    expect(refused.request.method).toBe('PATCH');
    expect(refused.request.body).toEqual({ topic: 'Layanan keliling di desa terpencil', allowAnonymous: false });
    refused.flush(
      {
        statusCode: 403,
        code: 'focusGroup.notManager',
        message: 'Hanya fasilitator dan koordinator yang dapat mengubah diskusi ini.',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await render();
    expect(element.querySelector('bp-fg-about [role="alert"]')?.textContent).toContain('Hanya fasilitator');
    expect(element.querySelector('h1')?.textContent).toContain(group.topic);

    button('Simpan perubahan')?.click();
    await render();
    http.expectOne(URL_BASE).flush({ ...group, topic: 'Layanan keliling di desa terpencil', allowAnonymous: false });
    await render();
    expect(element.querySelector('h1')?.textContent).toContain('Layanan keliling di desa terpencil');
    expect(element.querySelector('#fg-edit-topic')).toBeNull();
    expect(element.textContent).not.toContain('Anggota boleh menulis anonim');
  });

  it('moves a session announced in WITA, and says an online one keeps its mode', async () => {
    const group = focusGroup({
      ...MANAGES,
      // 14.00 WIB is 15.00 WITA.
      sessions: [
        session({ timeZone: 'Asia/Makassar' }),
        session({ id: 's2', title: 'Sesi daring', mode: 'online', location: null, webinarSessionId: 'w1' }),
        session({ id: 's3', title: 'Sesi batal', cancelled: true }),
      ],
    });
    const { http, render, element, type, button } = await openGroupPage(group);
    const rows = () => element.querySelectorAll('bp-fg-sessions .fg-row');
    expect(rows()[2].textContent).not.toContain('Ubah sesi');

    button('Ubah sesi Sesi daring')?.click();
    await render();
    expect(element.querySelector('#fg-session-s2-location')).toBeNull();
    expect(rows()[1].textContent).toContain('Cara bertemu tidak dapat diubah');
    expect(element.querySelectorAll('bp-fg-session-form input[type="radio"]')).toHaveLength(0);
    (element.querySelector('bp-fg-session-form') as HTMLElement).querySelectorAll('button')[1].click();
    await render();
    expect(element.querySelector('bp-fg-session-form')).toBeNull();

    button('Ubah sesi Sesi pertama')?.click();
    await render();
    expect((element.querySelector('#fg-session-s1-date') as HTMLInputElement).value).toBe('2026-11-25');
    expect((element.querySelector('#fg-session-s1-time') as HTMLInputElement).value).toBe('15:00');
    expect((element.querySelector('#fg-session-s1-location') as HTMLInputElement).value).toBe('Ruang Baca Lt. 2');
    type('#fg-session-s1-time', '16:30');
    type('#fg-session-s1-location', 'Aula utama');
    button('Simpan perubahan')?.click();
    await render();
    const patch = http.expectOne(`${URL_BASE}/sessions/s1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ startsAt: '2026-11-25T08:30:00.000Z', location: 'Aula utama' });
    patch.flush({});
    const moved: FocusGroupDetail = {
      ...group,
      sessions: [session({ timeZone: 'Asia/Makassar', startsAt: '2026-11-25T08:30:00Z', location: 'Aula utama' })],
    };
    http.expectOne(URL_BASE).flush(moved);
    await render();
    expect(element.querySelector('bp-fg-session-form')).toBeNull();
    expect(rows()[0].textContent).toContain('16.30 WITA');
    expect(rows()[0].textContent).toContain('Tatap muka di Aula utama');
  });

  it('corrects a finding, and closes without a request when nothing changed', async () => {
    const group = focusGroup({
      ...MANAGES,
      sessions: [session()],
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
    });
    const { http, render, element, type, button } = await openGroupPage(group);
    button('Ubah temuan')?.click();
    await render();
    expect((element.querySelector('#fg-finding-f1-session') as HTMLSelectElement).value).toBe('s1');
    button('Simpan perubahan')?.click();
    await render();
    http.expectNone(`${URL_BASE}/findings/f1`);
    expect(element.querySelector('bp-fg-finding-form')).toBeNull();

    button('Ubah temuan')?.click();
    await render();
    type('#fg-finding-f1-count', '0');
    button('Simpan perubahan')?.click();
    await render();
    http.expectNone(`${URL_BASE}/findings/f1`);
    expect(element.querySelector('#fg-finding-f1-count')?.getAttribute('aria-invalid')).toBe('true');

    type('#fg-finding-f1-count', '7');
    type('#fg-finding-f1-tag', 'transportasi');
    type('#fg-finding-f1-session', '');
    button('Simpan perubahan')?.click();
    await render();
    const patch = http.expectOne(`${URL_BASE}/findings/f1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ tag: 'transportasi', raisedByCount: 7, sessionId: null });
    patch.flush({});
    http.expectOne(URL_BASE).flush({
      ...group,
      findings: [{ ...group.findings[0], tag: 'transportasi', raisedByCount: 7, sessionId: null }],
    });
    await render();
    const findings = element.querySelector('bp-fg-findings') as HTMLElement;
    expect(findings.textContent).toContain('disampaikan oleh 7 anggota');
    expect(findings.textContent).not.toContain('sesi Sesi pertama');
  });

  it('offers a member no edits', async () => {
    const { element, button } = await openGroupPage(
      focusGroup({
        sessions: [session()],
        findings: [
          { id: 'f1', challenge: 'Anggaran kurang', tag: 'anggaran', raisedByCount: 2, sessionId: null, createdAt: '' },
        ],
      }),
    );
    expect(button('Ubah topik dan tujuan')).toBeUndefined();
    expect(button('Ubah sesi')).toBeUndefined();
    expect(button('Ubah temuan')).toBeUndefined();
    expect(element.querySelector('form')).toBeNull();
  });
});
