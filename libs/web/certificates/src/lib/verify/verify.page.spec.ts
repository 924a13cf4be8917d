import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CertificateVerification } from '@bina-pustaka/shared-contracts';
import { VerifyPage } from './verify.page';

const VALID: CertificateVerification = {
  // The api sends codes grouped, as printed.
  code: '7KQ2-M9XD-4HPA',
  status: 'valid',
  number: '045/BP/XI/2026',
  holderName: 'Dewi Lestari',
  role: 'peserta',
  subjectKind: 'course',
  subjectTitle: 'Katalogisasi dengan RDA',
  coOrganisers: [],
  cohortName: 'Angkatan I 2026',
  jp: 8,
  awardedAt: '2026-11-25T03:00:00Z',
  issuedAt: '2026-11-25T03:05:00Z',
  issuer: 'Dinas Perpustakaan Kota',
  revokedAt: null,
  revokedReason: null,
  replacedByCode: null,
};

const ID = {
  certificates: {
    verify: {
      verdict: { valid: 'Sertifikat sah', revoked: 'Sertifikat telah dicabut', superseded: 'Sertifikat telah diganti' },
      verdictText: { valid: 'Oleh {{issuer}}.', revoked: 'Dicabut.', superseded: 'Diganti.' },
      revokedOn: 'Dicabut pada {{date}}.',
      supersededOn: 'Diganti pada {{date}}.',
      reason: 'Alasan: {{reason}}',
      seeReplacement: 'Lihat sertifikat pengganti ({{code}})',
      notFound: 'Sertifikat tidak ditemukan',
      notFoundText: 'Tidak ada sertifikat dengan kode {{code}}.',
      malformed: 'Kode tidak valid',
      codeLabel: 'Kode verifikasi',
      subject: { course: 'Pelatihan', webinar: 'Webinar', event: 'Acara' },
      coOrganisers: 'Bekerja sama dengan',
      jp: 'Jam pelajaran',
      jpValue: '{{jp}} JP',
      codeInvalid: 'Kode harus 12 huruf dan angka.',
      submit: 'Periksa',
    },
    certificateRole: { peserta: 'Peserta' },
  },
};

describe('VerifyPage', () => {
  async function open(url: string) {
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { id: ID },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'verifikasi', component: VerifyPage },
          { path: 'verifikasi/:code', component: VerifyPage },
        ]),
      ],
    }).compileComponents();
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl(url, VerifyPage);
    return { harness, http, element: harness.routeNativeElement as HTMLElement };
  }

  const heading = (element: HTMLElement) => element.querySelector('#verdict-heading')?.textContent?.trim();

  it('asks the public route with the code as printed and shows a clear verdict', async () => {
    const { harness, http, element } = await open('/verifikasi/7kq2-m9xd-4hpa');
    http.expectOne('/api/public/certificates/7KQ2M9XD4HPA').flush(VALID);
    await harness.fixture.whenStable();
    expect(heading(element)).toBe('Sertifikat sah');
    expect(element.querySelector('.verdict-valid')).not.toBeNull();
    expect(element.textContent).toContain('Dewi Lestari');
    expect(element.textContent).toContain('25 November 2026');
    expect(element.textContent).toContain('7KQ2-M9XD-4HPA');
  });

  it('names what it was earned in: an event with its partners, and no learning hours line when it gives none', async () => {
    const { harness, http, element } = await open('/verifikasi/7KQ2M9XD4HPA');
    http.expectOne('/api/public/certificates/7KQ2M9XD4HPA').flush(VALID);
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('Pelatihan');
    expect(element.textContent).toContain('8 JP');
    expect(element.textContent).not.toContain('Bekerja sama dengan');

    await harness.navigateByUrl('/verifikasi/AAAABBBBCCCC');
    http.expectOne('/api/public/certificates/AAAABBBBCCCC').flush({
      ...VALID,
      subjectKind: 'event',
      subjectTitle: 'Peluncuran Buku "Kota yang Membaca"',
      coOrganisers: ['Universitas Sukamaju', 'Komunitas Baca Taman'],
      cohortName: null,
      jp: 0,
    });
    await harness.fixture.whenStable();
    const facts = [...element.querySelectorAll('.verify-facts dt')].map((term) => term.textContent?.trim());
    expect(facts).toContain('Acara');
    expect(facts).not.toContain('Pelatihan');
    expect(facts).not.toContain('Jam pelajaran');
    expect(element.textContent).toContain('Universitas Sukamaju, Komunitas Baca Taman');
  });

  it('says when and why a certificate was revoked, and links a replacement', async () => {
    const { harness, http, element } = await open('/verifikasi/7KQ2M9XD4HPA');
    http.expectOne('/api/public/certificates/7KQ2M9XD4HPA').flush({
      ...VALID,
      status: 'revoked',
      revokedAt: '2026-12-01T03:00:00Z',
      revokedReason: 'Data peserta keliru.',
    });
    await harness.fixture.whenStable();
    expect(heading(element)).toBe('Sertifikat telah dicabut');
    expect(element.textContent).toContain('Dicabut pada 1 Desember 2026.');
    expect(element.textContent).toContain('Alasan: Data peserta keliru.');

    await harness.navigateByUrl('/verifikasi/AAAABBBBCCCC');
    http.expectOne('/api/public/certificates/AAAABBBBCCCC').flush({
      ...VALID,
      code: 'AAAABBBBCCCC',
      status: 'superseded',
      replacedByCode: 'DDDD-EEEE-FFFF',
    });
    await harness.fixture.whenStable();
    expect(heading(element)).toBe('Sertifikat telah diganti');
    const link = element.querySelector<HTMLAnchorElement>('.verdict-note a');
    expect(link?.getAttribute('href')).toBe('/verifikasi/DDDDEEEEFFFF');
    expect(link?.textContent).toContain('DDDD-EEEE-FFFF');
  });

  it('turns 404 and 400 into friendly messages', async () => {
    const { harness, http, element } = await open('/verifikasi/0000-0000-0000');
    http
      .expectOne('/api/public/certificates/000000000000')
      .flush(
        { statusCode: 404, code: 'certificates.notFound', message: 'x' },
        { status: 404, statusText: 'Not Found' },
      );
    await harness.fixture.whenStable();
    expect(heading(element)).toBe('Sertifikat tidak ditemukan');
    expect(element.textContent).toContain('0000-0000-0000');

    await harness.navigateByUrl('/verifikasi/salah');
    http
      .expectOne('/api/public/certificates/salah')
      .flush({ statusCode: 400, code: 'validation.failed', message: 'x' }, { status: 400, statusText: 'Bad Request' });
    await harness.fixture.whenStable();
    expect(heading(element)).toBe('Kode tidak valid');
  });

  it('checks a typed code before going to its page', async () => {
    const { harness, http, element } = await open('/verifikasi');
    http.expectNone(() => true);
    const input = element.querySelector<HTMLInputElement>('#verify-code');
    if (!input) throw new Error('no code field');
    input.value = 'ABCD-EFGH-IJKL';
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#verify-code-error')?.textContent).toContain('12 huruf');
    expect(document.activeElement).toBe(input);

    input.value = '7kq2 m9xd 4hpa';
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/verifikasi/7KQ2M9XD4HPA');
    http.expectOne('/api/public/certificates/7KQ2M9XD4HPA').flush(VALID);
  });
});
