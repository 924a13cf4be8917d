import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { LearnerDirectoryPage, LearnerSummary, LearningRecord } from '@bina-pustaka/shared-contracts';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { LearningRecordsPage } from './learning-records.page';

const DEWI: LearnerSummary = {
  userId: '6f1d2c1e-1111-4c3a-9b1a-000000000002',
  fullName: 'Dewi Lestari',
  email: 'dewi.lestari@perpustakaan.test',
  nip: '198703152010012003',
  position: 'Pustakawan Ahli Muda',
  institution: { id: '6f1d2c1e-1111-4c3a-9b1a-0000000000a1', name: 'Perpustakaan Kota Sukamaju' },
  jpThisYear: 13,
};

const directory = (items: LearnerSummary[]): LearnerDirectoryPage => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
  year: 2026,
  target: 20,
});

const RECORD: LearningRecord = {
  person: {
    userId: DEWI.userId,
    fullName: DEWI.fullName,
    nip: DEWI.nip,
    position: DEWI.position,
    institution: DEWI.institution,
  },
  activities: [
    {
      kind: 'webinar',
      sourceId: '6f1d2c1e-1111-4c3a-9b1a-0000000000b1',
      role: 'peserta',
      title: 'Temu Pustakawan: Literasi Digital',
      organiser: 'Bina Pustaka',
      startedAt: '2025-11-20T02:00:00.000Z',
      endedAt: '2025-11-20T03:30:00.000Z',
      jp: 2,
      certificateNumber: null,
      certificateCode: null,
    },
    {
      kind: 'course',
      sourceId: '6f1d2c1e-1111-4c3a-9b1a-0000000000c1',
      role: 'peserta',
      title: 'Katalogisasi dengan RDA',
      organiser: 'Perpustakaan Kota Sukamaju',
      startedAt: '2026-11-02T01:00:00.000Z',
      endedAt: '2026-11-25T07:00:00.000Z',
      jp: 4,
      certificateNumber: '002/BP/XI/2026',
      certificateCode: '14BQBG5NYYBK',
    },
  ],
  jpByYear: [
    { year: 2025, jp: 2, target: 20 },
    { year: 2026, jp: 4, target: 20 },
  ],
  certificates: [
    {
      kind: 'course',
      sourceId: '6f1d2c1e-1111-4c3a-9b1a-0000000000c1',
      role: 'peserta',
      number: '002/BP/XI/2026',
      code: '14BQBG5NYYBK',
      title: 'Katalogisasi dengan RDA',
      issuerName: 'Perpustakaan Kota Sukamaju',
      jp: 4,
      awardedAt: '2026-11-25T07:00:00.000Z',
      verifyUrl: 'http://localhost:3000/verifikasi/14BQBG5NYYBK',
    },
  ],
};

describe('LearningRecordsPage', () => {
  let fixture: ComponentFixture<LearningRecordsPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const click = async (text: string) => {
    const found = Array.from(element.querySelectorAll('button')).find((each) => each.textContent?.includes(text));
    if (!found) throw new Error(`no button "${text}"`);
    found.click();
    await settle();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { id: { learning: id, common: { loading: 'Memuat…', retry: 'Coba lagi' } }, en: { learning: en } },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LearningRecordsPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  it('finds a librarian, shows the record with Indonesian dates and certificates to verify', async () => {
    http.expectOne((each) => each.url === '/api/reports/learners').flush(directory([DEWI]));
    await settle();
    expect(text()).toContain('Dewi Lestari');
    expect(text()).toContain('13 dari 20 JP');

    const input = element.querySelector<HTMLInputElement>('#records-q');
    if (!input) throw new Error('no search field');
    input.value = ' 19870315 ';
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const search = http.expectOne((each) => each.url === '/api/reports/learners');
    expect(search.request.params.get('q')).toBe('19870315');
    expect(search.request.params.get('page')).toBe('1');
    search.flush(directory([DEWI]));
    await settle();

    await click('Lihat rekam jejak');
    http.expectOne(`/api/reports/learners/${DEWI.userId}/record`).flush(RECORD);
    await settle();
    expect(text()).toContain('Rekam jejak Dewi Lestari');
    expect(text()).toContain('Temu Pustakawan: Literasi Digital');
    expect(text()).toContain('Webinar · Peserta · Bina Pustaka');
    expect(text()).toContain('20 November 2025');
    expect(text()).toContain('2 November 2026 – 25 November 2026');
    expect(text()).toContain('Tahun 2025: 2 dari target 20 JP');
    const verify = element.querySelector<HTMLAnchorElement>('a[href="http://localhost:3000/verifikasi/14BQBG5NYYBK"]');
    expect(verify?.textContent).toContain('Verifikasi kode 14BQBG5NYYBK');
    expect(verify?.rel).toBe('noopener');
  });

  it('downloads the record as XLSX, and says why the api refused a record', async () => {
    http.expectOne((each) => each.url === '/api/reports/learners').flush(directory([DEWI]));
    await settle();
    await click('Lihat rekam jejak');
    http.expectOne(`/api/reports/learners/${DEWI.userId}/record`).flush(RECORD);
    await settle();

    // jsdom has no object URLs and no downloads: the browser's part of saving a file.
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:rekam-jejak'), revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await click('Unduh XLSX');
    const xlsx = http.expectOne(`/api/reports/learners/${DEWI.userId}/record.xlsx`);
    expect(xlsx.request.responseType).toBe('blob');
    xlsx.flush(new Blob(['PK']));
    await settle();
    expect(clicked).toHaveBeenCalled();

    await click('Lihat rekam jejak');
    const message = 'Pustakawan ini tidak ditemukan, atau rekam jejaknya bukan wewenang Anda.';
    http
      .expectOne(`/api/reports/learners/${DEWI.userId}/record`)
      .flush({ statusCode: 404, code: 'record.notFound', message }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text()).toContain(message);
    expect(text()).not.toContain('Rekam jejak Dewi Lestari');
  });
});
