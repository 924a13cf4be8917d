import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  CertificateBatch,
  CertificateBatchRejection,
  CertificateImage,
  CertificateTemplateDesign,
  CertificateVerification,
} from '@bina-pustaka/shared-contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { CertificateBatchesApi, batchRejectionsOf, rejectionsByReason } from './certificate-batches-api.service';
import { normaliseCertificateCode } from './certificate-code';
import { CertificateTemplatesApi } from './certificate-templates-api.service';
import { CertificateVerificationApi } from './certificate-verification-api.service';
import { CertificatesApi } from './certificates-api.service';

const DESIGN: CertificateTemplateDesign = {
  orientation: 'landscape',
  titleId: 'SERTIFIKAT',
  titleEn: 'Certificate of Completion',
  bodyId: 'atas partisipasinya sebagai {{peran}} dalam {{kegiatan}}',
  bodyEn: null,
  accentColor: '#1f5f4a',
  backgroundImageId: null,
  logoImageIds: [],
  signatories: [{ name: 'Bambang Sutrisno', position: 'Kepala Dinas', detail: null, signatureImageId: null }],
  qrPosition: 'bottom-right',
  numberPattern: '{urut}/BP/{bulan-romawi}/{tahun}',
};

const BATCH: CertificateBatch = {
  id: 'b1',
  subject: { kind: 'course', id: 'c1', title: 'Katalogisasi' },
  cohortId: 'k1',
  cohortName: 'Angkatan I',
  role: 'peserta',
  templateId: 't1',
  createdAt: '2026-11-25T07:00:00Z',
  createdBy: 'Bambang Sutrisno',
  total: 3,
  issued: 1,
  failed: 0,
  pending: 2,
  alreadyHeld: 0,
};

describe('certificate api clients', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
  });

  afterEach(() => http.verify());

  describe('CertificateTemplatesApi', () => {
    it('uploads the kind first, then the file, with the token', async () => {
      const image: CertificateImage = { id: 'i1', kind: 'logo', contentType: 'image/png', url: '/api/x' };
      const file = new File(['png'], 'logo.png', { type: 'image/png' });
      const done = firstValueFrom(TestBed.inject(CertificateTemplatesApi).uploadImage(file, 'logo'));
      const request = http.expectOne({ method: 'POST', url: '/api/certificate-images' });
      expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
      const body = request.request.body as FormData;
      expect([...body.keys()]).toEqual(['kind', 'file']);
      expect(body.get('kind')).toBe('logo');
      expect((body.get('file') as File).name).toBe('logo.png');
      request.flush(image, { status: 201, statusText: 'Created' });
      expect(await done).toEqual(image);
    });

    it('posts the design for a preview and answers the PDF as a blob', async () => {
      const done = firstValueFrom(TestBed.inject(CertificateTemplatesApi).preview(DESIGN));
      const request = http.expectOne({ method: 'POST', url: '/api/certificate-templates/preview' });
      expect(request.request.body).toEqual(DESIGN);
      expect(request.request.responseType).toBe('blob');
      request.flush(new Blob(['%PDF'], { type: 'application/pdf' }));
      expect(await done).toBeInstanceOf(Blob);
    });

    it('reads the per-field issues of a refused preview out of the blob', async () => {
      const done = firstValueFrom(TestBed.inject(CertificateTemplatesApi).preview(DESIGN)).catch(
        (error: unknown) => error,
      );
      const body = {
        statusCode: 422,
        error: 'Unprocessable Entity',
        code: 'validation.failed',
        message: 'Periksa isian Anda.',
        issues: [{ field: 'bodyId', message: 'Placeholder tidak dikenal: {{namaa}}.' }],
      };
      http
        .expectOne('/api/certificate-templates/preview')
        .flush(new Blob([JSON.stringify(body)], { type: 'application/json' }), {
          status: 422,
          statusText: 'Unprocessable Entity',
        });
      const failure = toApiFailure(await done);
      expect(failure.status).toBe(422);
      expect(failure.message).toBe('Periksa isian Anda.');
      expect(failure.issues).toEqual({ bodyId: 'Placeholder tidak dikenal: {{namaa}}.' });
    });

    it('creates, changes and deletes templates, and sets a course’s template', async () => {
      const api = TestBed.inject(CertificateTemplatesApi);
      const cases: { call: Observable<unknown>; method: string; url: string; body: unknown }[] = [
        {
          call: api.create({ ...DESIGN, name: 'Templat dinas', isDefault: true }),
          method: 'POST',
          url: '/api/certificate-templates',
          body: { ...DESIGN, name: 'Templat dinas', isDefault: true },
        },
        {
          call: api.update('t 1', { name: 'Templat baru' }),
          method: 'PATCH',
          url: '/api/certificate-templates/t%201',
          body: { name: 'Templat baru' },
        },
        { call: api.remove('t1'), method: 'DELETE', url: '/api/certificate-templates/t1', body: null },
        {
          call: api.setCourseTemplate('c1', null),
          method: 'PUT',
          url: '/api/courses/c1/certificate-template',
          body: { templateId: null },
        },
      ];
      for (const { call, method, url, body } of cases) {
        const done = firstValueFrom(call, { defaultValue: undefined });
        const request = http.expectOne({ method, url });
        expect(request.request.body).toEqual(body);
        request.flush({ templateId: null, effectiveTemplateId: 't0' });
        await done;
      }
    });
  });

  describe('CertificateBatchesApi', () => {
    it('posts the CSV text as text/csv with the other fields in the query, leaving out empty ones', async () => {
      const csv = 'email\ndewi.lestari@perpustakaan.test\n';
      const done = firstValueFrom(
        TestBed.inject(CertificateBatchesApi).createFromCsv(
          { courseId: 'c1', role: 'narasumber', templateId: '' },
          csv,
        ),
      );
      const request = http.expectOne((r) => r.url === '/api/certificate-batches/csv');
      expect(request.request.method).toBe('POST');
      expect(request.request.params.toString()).toBe('courseId=c1&role=narasumber');
      expect(request.request.headers.get('Content-Type')).toBe('text/csv');
      expect(request.request.body).toBe(csv);
      request.flush({ batch: BATCH, rejected: [] }, { status: 201, statusText: 'Created' });
      expect((await done).batch?.id).toBe('b1');
    });

    it("issues a webinar session's certificates", async () => {
      const api = TestBed.inject(CertificateBatchesApi);
      const done = firstValueFrom(api.createForWebinar({ sessionId: 's1', role: 'peserta', minAttendancePercent: 80 }));
      const request = http.expectOne({ method: 'POST', url: '/api/certificate-batches/webinar' });
      expect(request.request.body).toEqual({ sessionId: 's1', role: 'peserta', minAttendancePercent: 80 });
      request.flush({ batch: { id: 'b2' }, rejected: [] }, { status: 201, statusText: 'Created' });
      expect((await done).batch?.id).toBe('b2');
    });

    it('reads who was refused from a 422, and nothing from other failures', async () => {
      const api = TestBed.inject(CertificateBatchesApi);
      const rejected: CertificateBatchRejection[] = [{ userId: 'u2', row: null, reason: 'Belum menyelesaikan.' }];
      const refused = firstValueFrom(api.create({ courseId: 'c1', cohortId: 'k1', role: 'peserta' })).catch(
        (error: unknown) => error,
      );
      const request = http.expectOne({ method: 'POST', url: '/api/certificate-batches' });
      expect(request.request.body).toEqual({ courseId: 'c1', cohortId: 'k1', role: 'peserta' });
      request.flush({ batch: null, rejected }, { status: 422, statusText: 'Unprocessable Entity' });
      expect(batchRejectionsOf(await refused)).toEqual(rejected);

      const forbidden = firstValueFrom(api.retry('b1')).catch((error: unknown) => error);
      http
        .expectOne({ method: 'POST', url: '/api/certificate-batches/b1/retry' })
        .flush({ statusCode: 403, code: 'access.forbidden', message: 'x' }, { status: 403, statusText: 'Forbidden' });
      expect(batchRejectionsOf(await forbidden)).toBeNull();
    });

    it('downloads the ZIP with the token, under the server’s name', async () => {
      const done = firstValueFrom(TestBed.inject(CertificateBatchesApi).zip('b1'));
      const request = http.expectOne('/api/certificate-batches/b1/zip');
      expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
      expect(request.request.responseType).toBe('blob');
      request.flush(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="angkatan-1.zip"' } });
      expect((await done).fileName).toBe('angkatan-1.zip');
    });

    it('lists batches of a course', async () => {
      const done = firstValueFrom(
        TestBed.inject(CertificateBatchesApi).list({ courseId: 'c1', page: 1, pageSize: 10 }),
      );
      const request = http.expectOne((r) => r.url === '/api/certificate-batches');
      expect(request.request.params.toString()).toBe('courseId=c1&page=1&pageSize=10');
      request.flush({ items: [BATCH], total: 1, page: 1, pageSize: 10 });
      expect((await done).items).toHaveLength(1);
    });
  });

  describe('CertificatesApi', () => {
    it('lists with only the filters that are set', async () => {
      const done = firstValueFrom(
        TestBed.inject(CertificatesApi).list({ batchId: 'b1', q: '', status: 'issued', page: 2, pageSize: 20 }),
      );
      const request = http.expectOne((r) => r.url === '/api/certificates');
      expect(request.request.params.toString()).toBe('batchId=b1&status=issued&page=2&pageSize=20');
      request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
      await done;
    });

    it('revokes and reissues with a reason', async () => {
      const api = TestBed.inject(CertificatesApi);
      const revoked = firstValueFrom(api.revoke('x1', 'Data peserta salah.'));
      const revoke = http.expectOne({ method: 'POST', url: '/api/certificates/x1/revoke' });
      expect(revoke.request.body).toEqual({ reason: 'Data peserta salah.' });
      revoke.flush({ id: 'x1' });
      await revoked;

      const reissued = firstValueFrom(api.reissue('x1', { reason: 'Nama diperbaiki.' }));
      const reissue = http.expectOne({ method: 'POST', url: '/api/certificates/x1/reissue' });
      expect(reissue.request.body).toEqual({ reason: 'Nama diperbaiki.' });
      reissue.flush({ id: 'x2' }, { status: 201, statusText: 'Created' });
      await reissued;
    });

    it('reads my certificates', async () => {
      const done = firstValueFrom(TestBed.inject(CertificatesApi).mine());
      http.expectOne({ method: 'GET', url: '/api/me/certificates' }).flush([]);
      expect(await done).toEqual([]);
    });
  });

  describe('CertificateVerificationApi', () => {
    it('asks the public route by code', async () => {
      const verification = { code: '7KQ2M9XD4HPA', status: 'valid' } as CertificateVerification;
      const done = firstValueFrom(TestBed.inject(CertificateVerificationApi).verify('7KQ2M9XD4HPA'));
      http.expectOne({ method: 'GET', url: '/api/public/certificates/7KQ2M9XD4HPA' }).flush(verification);
      expect((await done).status).toBe('valid');
    });
  });
});

describe('rejectionsByReason', () => {
  it('counts the people each reason held back, the most common first', () => {
    const evaluation = 'Belum mengisi survei evaluasi sesi ini, yang diwajibkan untuk sertifikat.';
    const rejected = [
      { userId: 'u1', row: null, reason: 'Sudah memiliki sertifikat ini.' },
      { userId: 'u2', row: null, reason: evaluation },
      { userId: 'u3', row: null, reason: evaluation },
    ];
    expect(rejectionsByReason(rejected)).toEqual([
      { reason: evaluation, count: 2 },
      { reason: 'Sudah memiliki sertifikat ini.', count: 1 },
    ]);
    expect(rejectionsByReason([])).toEqual([]);
  });
});

describe('normaliseCertificateCode', () => {
  it('takes codes as people type them', () => {
    expect(normaliseCertificateCode('7KQ2-M9XD-4HPA')).toBe('7KQ2M9XD4HPA');
    expect(normaliseCertificateCode(' 7kq2 m9xd 4hpa ')).toBe('7KQ2M9XD4HPA');
  });

  it('refuses what cannot be a code (Crockford base32 has no I, L, O, U)', () => {
    expect(normaliseCertificateCode('7KQ2-M9XD-4HP')).toBeNull();
    expect(normaliseCertificateCode('7KQ2-M9XD-4HPO')).toBeNull();
    expect(normaliseCertificateCode('7KQ2-M9XD-4HPU')).toBeNull();
    expect(normaliseCertificateCode('')).toBeNull();
  });
});
