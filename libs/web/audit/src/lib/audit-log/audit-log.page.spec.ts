import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AuditEntry, Page } from '@bina-pustaka/shared-contracts';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { AuditLogPage } from './audit-log.page';

const ADMIN_ID = '6f1d2c1e-1111-4c3a-9b1a-000000000001';
const DEWI_ID = '6f1d2c1e-1111-4c3a-9b1a-000000000002';

const ROLE_CHANGE: AuditEntry = {
  id: 'e2',
  occurredAt: '2026-11-25T07:00:00Z',
  actor: { id: ADMIN_ID, name: 'Rina Marlina', roles: ['admin'] },
  action: 'user.role.changed',
  subject: { type: 'user', id: DEWI_ID, label: 'Dewi Lestari' },
  details: { before: ['learner'], after: ['learner', 'trainer'] },
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (Linux; Android 14)',
};

const SYSTEM_EXPORT: AuditEntry = {
  id: 'e1',
  occurredAt: '2026-11-24T17:30:00Z',
  actor: null,
  action: 'export.personal_data',
  subject: { type: 'audit-log', id: null, label: null },
  details: { report: 'audit-log', rows: 3 },
  ip: null,
  userAgent: null,
};

const page = (items: AuditEntry[], total = items.length): Page<AuditEntry> => ({ items, total, page: 1, pageSize: 20 });

describe('AuditLogPage', () => {
  let fixture: ComponentFixture<AuditLogPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  /** The next request for the list, with its query as an object. */
  const listRequest = (): { request: TestRequest; query: Record<string, string> } => {
    const request = http.expectOne((each) => each.url === '/api/admin/audit');
    const query = Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key) ?? '']),
    );
    return { request, query };
  };
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  /** Clicks the first button with this text and lets the page react. */
  const click = async (text: string) => {
    const found = Array.from(element.querySelectorAll('button')).find((each) => each.textContent?.includes(text));
    if (!found) throw new Error(`no button "${text}"`);
    found.click();
    await settle();
  };

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              audit: id,
              roles: { learner: 'Peserta', trainer: 'Pelatih', coordinator: 'Koordinator', admin: 'Admin' },
              common: { loading: 'Memuat…', retry: 'Coba lagi' },
            },
            en: { audit: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditLogPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  it('shows the newest entries as Indonesians read them, one card each on a phone', async () => {
    const { request, query } = listRequest();
    expect(query).toEqual({ page: '1', pageSize: '20' });
    request.flush(page([ROLE_CHANGE, SYSTEM_EXPORT]));
    await settle();

    const cards = element.querySelectorAll('.card-list > li');
    expect(cards).toHaveLength(2);
    const [first, second] = Array.from(cards).map((card) => card.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(first).toContain('Peran diubah');
    expect(first).toContain('25 November 2026, 14.00 WIB');
    expect(first).toContain('Peserta → Peserta, Pelatih');
    expect(first).toContain('Rina Marlina');
    expect(first).toContain('Dewi Lestari');
    expect(first).toContain('203.0.113.7');
    // 17.30 UTC on the 24th is already the 25th in WIB.
    expect(second).toContain('Data pribadi diunduh');
    expect(second).toContain('25 November 2026, 00.30 WIB');
    expect(second).toContain('Log audit: 3 baris');
    expect(second).toContain('Sistem');
    expect(element.textContent).toContain('2 catatan');
  });

  it('narrows by action and WIB dates, and by the actor or subject picked from an entry', async () => {
    listRequest().request.flush(page([ROLE_CHANGE]));
    await settle();

    const select = element.querySelector<HTMLSelectElement>('#audit-action');
    const from = element.querySelector<HTMLInputElement>('#audit-from');
    const to = element.querySelector<HTMLInputElement>('#audit-to');
    if (!select || !from || !to) throw new Error('the filters are missing');
    select.value = 'user.role.changed';
    from.value = '2026-11-01';
    to.value = '2026-11-30';
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    let next = listRequest();
    expect(next.query).toEqual({
      action: 'user.role.changed',
      from: '2026-11-01',
      to: '2026-11-30',
      page: '1',
      pageSize: '20',
    });
    next.request.flush(page([ROLE_CHANGE]));
    await settle();

    await click('Hanya tindakan orang ini');
    next = listRequest();
    expect(next.query).toMatchObject({ action: 'user.role.changed', actorId: ADMIN_ID });
    next.request.flush(page([ROLE_CHANGE]));
    await settle();
    expect(element.textContent).toContain('Pelaku: Rina Marlina');

    await click('Hanya catatan tentang ini');
    next = listRequest();
    expect(next.query).toMatchObject({ actorId: ADMIN_ID, subjectType: 'user', subjectId: DEWI_ID });
    next.request.flush(page([ROLE_CHANGE]));
    await settle();
    expect(element.textContent).toContain('Subjek: Dewi Lestari');

    // Removing the actor keeps the subject.
    element.querySelector<HTMLButtonElement>('.picked-filters li:first-child button')?.click();
    await settle();
    next = listRequest();
    expect(next.query['actorId']).toBeUndefined();
    expect(next.query['subjectId']).toBe(DEWI_ID);
    next.request.flush(page([], 0));
    await settle();
    expect(element.textContent).toContain('Tidak ada catatan yang sesuai dengan saringan.');
  });

  it('downloads the filtered log as CSV and shows the download in the list', async () => {
    listRequest().request.flush(page([ROLE_CHANGE]));
    await settle();
    await click('Hanya tindakan orang ini');
    listRequest().request.flush(page([ROLE_CHANGE]));
    await settle();

    // jsdom has no object URLs and no downloads: the browser's part of saving a file.
    const createObjectURL = jest.fn(() => 'blob:log-audit');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await click('Unduh CSV');
    const csv = http.expectOne((each) => each.url === '/api/admin/audit/export.csv');
    expect(csv.request.params.get('actorId')).toBe(ADMIN_ID);
    expect(csv.request.params.has('page')).toBe(false);
    expect(csv.request.responseType).toBe('blob');
    csv.flush(new Blob(['waktu_wib\n'], { type: 'text/csv' }));
    await settle();
    expect(createObjectURL).toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
    // The export is itself an entry: the list is read again.
    listRequest().request.flush(page([SYSTEM_EXPORT, ROLE_CHANGE]));
    await settle();
    expect(element.querySelectorAll('.card-list > li')).toHaveLength(2);
  });

  it('says why a download was refused, in the server’s words', async () => {
    listRequest().request.flush(page([ROLE_CHANGE]));
    await settle();
    await click('Unduh CSV');
    const message = 'Hasil penyaringan berisi lebih dari 50000 catatan. Persempit rentang tanggal lalu unduh kembali.';
    http
      .expectOne((each) => each.url === '/api/admin/audit/export.csv')
      .flush(new Blob([JSON.stringify({ statusCode: 422, code: 'audit.exportTooLarge', message })]), {
        status: 422,
        statusText: 'Unprocessable Entity',
      });
    // The error body is read back from the Blob (a FileReader, asynchronous) before it is shown.
    for (let turn = 0; turn < 20 && !element.querySelector('bp-alert'); turn++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await settle();
    }
    expect(element.querySelector('bp-alert')?.textContent).toContain(message);
  });
});
