import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Certificate, CertificateBatch, Page } from '@bina-pustaka/shared-contracts';
import { BATCH_POLL_MS } from './batch-progress';
import { BatchPage } from './batch.page';

const BATCH: CertificateBatch = {
  id: 'b1',
  subject: { kind: 'course', id: 'c1', title: 'Katalogisasi dengan RDA' },
  cohortId: 'k1',
  cohortName: 'Angkatan I',
  role: 'peserta',
  templateId: 't1',
  createdAt: '2026-11-25T07:00:00Z',
  createdBy: 'Bambang Sutrisno',
  total: 4,
  issued: 1,
  failed: 0,
  pending: 3,
  alreadyHeld: 0,
};

const FAILED: Certificate = {
  id: 'x1',
  code: '7KQ2-M9XD-4HPA',
  number: '045/BP/XI/2026',
  status: 'failed',
  role: 'peserta',
  holder: { id: 'u1', fullName: 'Dewi Lestari', nip: null, institution: null },
  subject: BATCH.subject,
  cohortName: 'Angkatan I',
  jp: 6,
  version: 1,
  awardedAt: '2026-11-25T07:00:00Z',
  issuedAt: null,
  revokedAt: null,
  revokedReason: null,
  forcedReason: null,
  failureReason: 'imageUnreadable',
  batchId: 'b1',
  pdfUrl: null,
  verifyUrl: 'https://pelatihan.example.go.id/verifikasi/7KQ2M9XD4HPA',
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const EMPTY_PAGE = { items: [], total: 0, page: 1, pageSize: 20 };

// Real timers: three polling rounds of a second each, more than jest's 5 s on a busy machine.
jest.setTimeout(20_000);

describe('BatchPage', () => {
  async function open() {
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              certificates: {
                batch: {
                  retry: 'Coba lagi yang gagal ({{count}})',
                  zip: 'Unduh ZIP',
                  summary: '{{processed}} dari {{total}} selesai',
                  summaryDone: 'Selesai: {{issued}} terbit, {{failed}} gagal.',
                  settled: 'Selesai',
                  running: 'Sedang diproses',
                },
                certificateList: { failure: { imageUnreadable: 'Gambar pada templat tidak dapat dibaca.' } },
              },
            },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/sertifikat/batch/:batchId', component: BatchPage },
          { path: 'lain', children: [] },
        ]),
      ],
    }).compileComponents();
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl('/kelola/sertifikat/batch/b1', BatchPage);
    const element = harness.routeNativeElement as HTMLElement;
    return { harness, http, element };
  }

  const batchRequests = (http: HttpTestingController) =>
    http.match((request) => request.url === '/api/certificate-batches/b1' && request.method === 'GET');

  it('asks every second while anything is pending and stops once the batch is settled', async () => {
    const { harness, http, element } = await open();
    http.expectOne('/api/certificate-batches/b1').flush(BATCH);
    await harness.fixture.whenStable();
    http.expectOne((request) => request.url === '/api/certificates').flush(EMPTY_PAGE);
    const bar = element.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('1');
    expect(bar?.getAttribute('aria-valuemax')).toBe('4');
    expect(element.textContent).toContain('Sedang diproses');

    expect(batchRequests(http)).toHaveLength(0);
    await wait(BATCH_POLL_MS + 100);
    const [second] = batchRequests(http);
    second.flush({ ...BATCH, issued: 3, failed: 1, pending: 0 });
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('Selesai');
    // The live region speaks once at the end, not at every answer.
    expect(element.querySelector('[aria-live="polite"].visually-hidden')?.textContent).toContain(
      'Selesai: 3 terbit, 1 gagal.',
    );
    // The list is shown again with the new statuses, a failure in words a coordinator can act on.
    const withFailure: Page<Certificate> = { ...EMPTY_PAGE, items: [FAILED], total: 1 };
    http.expectOne((request) => request.url === '/api/certificates').flush(withFailure);
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('Gambar pada templat tidak dapat dibaca.');

    await wait(BATCH_POLL_MS + 100);
    expect(batchRequests(http)).toHaveLength(0);

    // Trying the failed one again starts watching again.
    const retry = Array.from(element.querySelectorAll('button')).find((button) =>
      button.textContent?.includes('Coba lagi yang gagal (1)'),
    );
    retry?.click();
    http
      .expectOne({ method: 'POST', url: '/api/certificate-batches/b1/retry' })
      .flush({ ...BATCH, issued: 3, failed: 0, pending: 1 });
    await harness.fixture.whenStable();
    http.expectOne('/api/certificate-batches/b1').flush({ ...BATCH, issued: 3, failed: 0, pending: 1 });
    await wait(BATCH_POLL_MS + 100);
    expect(batchRequests(http)).toHaveLength(1);
    // The list followed the retry too.
    expect(http.match((request) => request.url === '/api/certificates')).toHaveLength(1);
  });

  it('stops asking when the page is left', async () => {
    const { harness, http } = await open();
    http.expectOne('/api/certificate-batches/b1').flush(BATCH);
    await harness.fixture.whenStable();
    http.match((request) => request.url === '/api/certificates');
    await harness.navigateByUrl('/lain');
    await wait(BATCH_POLL_MS + 100);
    expect(batchRequests(http)).toHaveLength(0);
  });
});
