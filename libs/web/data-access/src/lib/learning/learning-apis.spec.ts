import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { EnrolmentReport, StoredFile } from '@bina-pustaka/shared-contracts';
import { firstValueFrom, toArray } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { CohortsApi, enrolmentReportOf } from './cohorts-api.service';
import { CoursesApi } from './courses-api.service';
import { FILE_LIMITS, formatBytes } from './file-limits';
import { FilesApi, fileNameFrom, type UploadEvent } from './files-api.service';
import { LearnerApi } from './learner-api.service';
import { MaterialsApi } from './materials-api.service';

const COVER: StoredFile = {
  id: 'f1',
  name: 'sampul.png',
  contentType: 'image/png',
  sizeBytes: 100,
  purpose: 'course-cover',
  url: '/api/files/f1/content?expires=1&signature=x',
};

describe('learning api clients', () => {
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

  describe('FilesApi', () => {
    it('uploads purpose first, then the file, with the token, and reports progress', async () => {
      const file = new File(['x'.repeat(200)], 'sampul.png', { type: 'image/png' });
      const events = firstValueFrom(TestBed.inject(FilesApi).upload(file, 'course-cover').pipe(toArray()));
      const request = http.expectOne('/api/files');
      expect(request.request.method).toBe('POST');
      expect(request.request.reportProgress).toBe(true);
      expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
      expect(request.request.headers.get('Accept-Language')).toBe('id');
      const body = request.request.body as FormData;
      expect([...body.keys()]).toEqual(['purpose', 'file']);
      expect(body.get('purpose')).toBe('course-cover');
      expect((body.get('file') as File).name).toBe('sampul.png');

      request.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 200 });
      request.event({ type: HttpEventType.UploadProgress, loaded: 200, total: 200 });
      request.flush(COVER, { status: 201, statusText: 'Created' });
      expect(await events).toEqual<UploadEvent[]>([
        { state: 'progress', fraction: 0.25 },
        { state: 'progress', fraction: 1 },
        { state: 'done', file: COVER },
      ]);
    });

    it('downloads a blob under the name the server gives', async () => {
      const done = firstValueFrom(TestBed.inject(FilesApi).download('/api/me/jp-ledger/export.csv?year=2026', 'x.csv'));
      const request = http.expectOne('/api/me/jp-ledger/export.csv?year=2026');
      expect(request.request.responseType).toBe('blob');
      request.flush(new Blob(['a,b']), {
        headers: { 'Content-Disposition': `attachment; filename="rekap.csv"; filename*=UTF-8''rekap%20JP%202026.csv` },
      });
      const file = await done;
      expect(file.fileName).toBe('rekap JP 2026.csv');
      expect(file.blob).toBeInstanceOf(Blob);
    });

    it('reads file names from Content-Disposition', () => {
      expect(fileNameFrom('attachment; filename="materi.pdf"')).toBe('materi.pdf');
      expect(fileNameFrom('attachment; filename=materi.pdf')).toBe('materi.pdf');
      expect(fileNameFrom(`attachment; filename*=UTF-8''Rekap%20JP.pdf`)).toBe('Rekap JP.pdf');
      expect(fileNameFrom('attachment')).toBeNull();
      expect(fileNameFrom(null)).toBeNull();
    });

    it('knows the limits per purpose and writes sizes for people', () => {
      expect(FILE_LIMITS['course-cover'].maxBytes).toBe(5 * 1024 * 1024);
      expect(FILE_LIMITS['lesson-video'].accept).toContain('video/mp4');
      expect(formatBytes(5 * 1024 * 1024, 'id')).toBe('5 MB');
      expect(formatBytes(1536, 'id')).toBe('1,5 kB');
      expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    });
  });

  describe('CoursesApi', () => {
    it('lists with only the filters that are set', async () => {
      const api = TestBed.inject(CoursesApi);
      const done = firstValueFrom(api.list({ q: '', status: 'draft', mine: true, page: 1, pageSize: 20 }));
      const request = http.expectOne((r) => r.url === '/api/courses');
      expect(request.request.params.toString()).toBe('status=draft&page=1&pageSize=20&mine=true');
      request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
      await done;
    });

    it('sends the whole outline with the version it saw', async () => {
      const api = TestBed.inject(CoursesApi);
      const order = { outlineVersion: 3, modules: [{ id: 'm1', lessonIds: ['l2', 'l1'] }] };
      const done = firstValueFrom(api.reorder('c1', order));
      const request = http.expectOne('/api/courses/c1/outline');
      expect(request.request.method).toBe('PUT');
      expect(request.request.body).toEqual(order);
      request.flush({ id: 'c1' });
      await done;
    });

    it('calls the module and lesson routes', async () => {
      const api = TestBed.inject(CoursesApi);
      const cases = [
        {
          call: api.addModule('c1', 'Modul 1'),
          method: 'POST',
          url: '/api/courses/c1/modules',
          body: { title: 'Modul 1' },
        },
        {
          call: api.addLesson('m1', { kind: 'link', title: 'Tautan', linkUrl: 'https://x.id' }),
          method: 'POST',
          url: '/api/modules/m1/lessons',
          body: { kind: 'link', title: 'Tautan', linkUrl: 'https://x.id' },
        },
        {
          call: api.renameModule('m1', 'Modul A'),
          method: 'PATCH',
          url: '/api/modules/m1',
          body: { title: 'Modul A' },
        },
        { call: api.deleteLesson('l1'), method: 'DELETE', url: '/api/lessons/l1', body: null },
        { call: api.publish('c1'), method: 'POST', url: '/api/courses/c1/publish', body: null },
      ];
      for (const { call, method, url, body } of cases) {
        const done = firstValueFrom(call);
        const request = http.expectOne({ method, url });
        expect(request.request.body).toEqual(body);
        request.flush({ id: 'c1' });
        await done;
      }
    });
  });

  describe('CohortsApi', () => {
    const rejected: EnrolmentReport = {
      committed: false,
      enrolled: 0,
      rejected: 1,
      rows: [{ row: 3, email: 'x@y', userId: null, status: 'rejected', reason: 'Email tidak valid.' }],
    };

    it('posts the CSV text as text/csv and reads the rejection report of a 422', async () => {
      const csv = 'email,nama\ndewi.lestari@perpustakaan.test,Dewi\n';
      const done = firstValueFrom(TestBed.inject(CohortsApi).importCsv('k1', csv)).catch((error: unknown) => error);
      const request = http.expectOne('/api/cohorts/k1/enrolments/import');
      expect(request.request.headers.get('Content-Type')).toBe('text/csv');
      expect(request.request.body).toBe(csv);
      request.flush(rejected, { status: 422, statusText: 'Unprocessable Entity' });
      expect(enrolmentReportOf(await done)).toEqual(rejected);
    });

    it('has no report for other failures', async () => {
      const done = firstValueFrom(TestBed.inject(CohortsApi).enrolUsers('k1', ['u1'])).catch((error: unknown) => error);
      const request = http.expectOne('/api/cohorts/k1/enrolments');
      expect(request.request.body).toEqual({ userIds: ['u1'] });
      request.flush(
        { statusCode: 403, code: 'access.forbidden', message: 'x' },
        { status: 403, statusText: 'Forbidden' },
      );
      expect(enrolmentReportOf(await done)).toBeNull();
    });

    it('moves and extends enrolments', async () => {
      const api = TestBed.inject(CohortsApi);
      const moved = firstValueFrom(api.move('e1', 'k2'));
      const move = http.expectOne({ method: 'POST', url: '/api/enrolments/e1/move' });
      expect(move.request.body).toEqual({ cohortId: 'k2' });
      move.flush({ id: 'e1' });
      await moved;

      const extended = firstValueFrom(api.extend('e1', '2026-12-31T23:59:00+07:00'));
      const patch = http.expectOne({ method: 'PATCH', url: '/api/enrolments/e1' });
      expect(patch.request.body).toEqual({ endsAt: '2026-12-31T23:59:00+07:00' });
      patch.flush({ id: 'e1' });
      await extended;
    });
  });

  describe('LearnerApi', () => {
    it('reports progress events as the api expects them', async () => {
      const api = TestBed.inject(LearnerApi);
      const done = firstValueFrom(api.reportProgress('l1', { event: 'video-progress', watchedFraction: 0.5 }));
      const request = http.expectOne('/api/learn/lessons/l1/progress');
      expect(request.request.body).toEqual({ event: 'video-progress', watchedFraction: 0.5 });
      request.flush({ lessonId: 'l1', state: 'in-progress' });
      await done;
    });

    it('searches the catalog with its filters', async () => {
      const api = TestBed.inject(LearnerApi);
      const done = firstValueFrom(api.catalog({ q: 'katalogisasi', jpMin: 0, enrolment: 'none', page: 2 }));
      const request = http.expectOne((r) => r.url === '/api/catalog');
      expect(request.request.params.toString()).toBe('q=katalogisasi&jpMin=0&enrolment=none&page=2');
      request.flush({ items: [], total: 0, page: 2, pageSize: 12 });
      await done;
    });

    it('downloads my transcript with the token', async () => {
      const done = firstValueFrom(TestBed.inject(LearnerApi).transcript());
      const request = http.expectOne('/api/me/transcript.pdf');
      expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
      request.flush(new Blob(['%PDF']));
      expect((await done).fileName).toBe('transkrip.pdf');
    });
  });

  describe('MaterialsApi', () => {
    it('deletes a material', async () => {
      const done = firstValueFrom(TestBed.inject(MaterialsApi).remove('m1'), { defaultValue: undefined });
      const request = http.expectOne('/api/materials/m1');
      expect(request.request.method).toBe('DELETE');
      request.flush(null, { status: 204, statusText: 'No Content' });
      await done;
    });
  });
});
