import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { EnrolmentSummary } from '@bina-pustaka/shared-contracts';
import { IssueCertificatesPage } from './issue-certificates.page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const enrolment = (id: string, fullName: string, status: 'active' | 'completed'): EnrolmentSummary => ({
  id: `e-${id}`,
  cohortId: 'k1',
  courseId: 'c1',
  user: { id, fullName, email: `${id}@perpustakaan.test`, nip: null },
  status,
  enrolledAt: '2026-11-01T00:00:00Z',
  endsAt: '2026-12-31T00:00:00Z',
  completedAt: status === 'completed' ? '2026-11-20T00:00:00Z' : null,
  progressPercent: status === 'completed' ? 100 : 50,
});

describe('IssueCertificatesPage', () => {
  async function open() {
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: { certificates: { issue: { rejected: '{{count}} ditolak', pickAll: 'Pilih semua ({{count}})' } } },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/sertifikat/terbitkan', component: IssueCertificatesPage },
          { path: 'kelola/sertifikat/batch/:batchId', children: [] },
        ]),
      ],
    }).compileComponents();
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl('/kelola/sertifikat/terbitkan?pelatihan=c1&angkatan=k1', IssueCertificatesPage);
    await settle();
    http
      .expectOne((r) => r.url === '/api/courses')
      .flush({
        items: [{ id: 'c1', title: 'Katalogisasi' }],
        total: 1,
        page: 1,
        pageSize: 100,
      });
    http.expectOne('/api/certificate-templates').flush([]);
    http.expectOne((r) => r.url === '/api/cohorts').flush({ items: [], total: 0, page: 1, pageSize: 100 });
    http.expectOne('/api/courses/c1/certificate-template').flush({ templateId: null, effectiveTemplateId: null });
    http
      .expectOne((r) => r.url === '/api/cohorts/k1/enrolments')
      .flush({
        items: [enrolment('u1', 'Budi Santoso', 'completed'), enrolment('u2', 'Dewi Lestari', 'active')],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await harness.fixture.whenStable();
    return { harness, http, element: harness.routeNativeElement as HTMLElement };
  }

  const click = (element: HTMLElement, selector: string) => {
    const target = element.querySelector<HTMLInputElement>(selector);
    if (!target) throw new Error(`no ${selector}`);
    target.click();
  };

  it('issues to picked people of the cohort with a reason, and lists who was refused by name', async () => {
    const { harness, http, element } = await open();
    click(element, 'input[type="radio"][value="picked"]');
    await harness.fixture.whenStable();
    click(element, '.people-pick > label input[type="checkbox"]');
    click(element, '.force input[type="checkbox"]');
    await harness.fixture.whenStable();
    const reason = element.querySelector<HTMLTextAreaElement>('#issue-reason');
    if (!reason) throw new Error('no reason field');
    reason.value = 'Pelatihan tatap muka.';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();

    const request = http.expectOne({ method: 'POST', url: '/api/certificate-batches' });
    expect(request.request.body).toEqual({
      courseId: 'c1',
      role: 'peserta',
      forceReason: 'Pelatihan tatap muka.',
      cohortId: 'k1',
      userIds: ['u1', 'u2'],
    });
    request.flush(
      { batch: null, rejected: [{ userId: 'u2', row: null, reason: 'Akun dinonaktifkan.' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    await harness.fixture.whenStable();
    const row = element.querySelector('table tbody tr');
    expect(row?.querySelector('th')?.textContent).toContain('Dewi Lestari');
    expect(row?.textContent).toContain('Akun dinonaktifkan.');
  });

  it('checks a CSV for an email or nip column before sending it, then goes to the batch', async () => {
    const { harness, http, element } = await open();
    click(element, 'input[type="radio"][value="csv"]');
    await harness.fixture.whenStable();
    const input = element.querySelector<HTMLInputElement>('#issue-csv');
    if (!input) throw new Error('no CSV field');
    const choose = (text: string) => {
      const file = new File([text], 'daftar.csv', { type: 'text/csv' });
      // jsdom has no Blob.text(); the page reads the file with it.
      Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };
    choose('nama\nDewi\n');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    await harness.fixture.whenStable();
    http.expectNone('/api/certificate-batches/csv');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    choose('email\ndewi.lestari@perpustakaan.test\n');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const request = http.expectOne((r) => r.url === '/api/certificate-batches/csv');
    expect(request.request.params.toString()).toBe('courseId=c1&role=peserta');
    expect(request.request.body).toBe('email\ndewi.lestari@perpustakaan.test\n');
    request.flush({ batch: { id: 'b9' }, rejected: [] }, { status: 201, statusText: 'Created' });
    await settle();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/kelola/sertifikat/batch/b9');
  });
});
