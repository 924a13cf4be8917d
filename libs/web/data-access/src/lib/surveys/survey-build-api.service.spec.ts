import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SurveyDefinition } from '@bina-pustaka/shared-contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { SurveyBuildApi } from './survey-build-api.service';

const SURVEY = '6f1d2c1e-5555-4c3a-9b1a-000000000001';
const TEMPLATE = '6f1d2c1e-5555-4c3a-9b1a-000000000002';

const definition: SurveyDefinition = {
  sections: [
    {
      id: 's1',
      title: 'Penyelenggaraan',
      intro: null,
      perSpeaker: false,
      questions: [
        { id: 'q1', kind: 'rating', text: 'Nilai pelatihan ini', help: null, required: true, showWhen: null },
      ],
    },
  ],
};

const settings = {
  title: 'Evaluasi Angkatan 3',
  description: '',
  anonymous: true,
  opensAt: null,
  closesAt: '2026-11-30T10:00:00+07:00',
  responseLimit: null,
};

describe('SurveyBuildApi', () => {
  let http: HttpTestingController;
  let api: SurveyBuildApi;

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    api = TestBed.inject(SurveyBuildApi);
  });

  afterEach(() => http.verify());

  /** Subscribes, checks the one request it makes (with the Bearer token) and answers it. */
  async function expectCall(call: Observable<unknown>, method: string, url: string, body: unknown = null) {
    const done = firstValueFrom(call, { defaultValue: undefined });
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe(method);
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    if (method !== 'GET' && method !== 'DELETE') expect(request.request.body).toEqual(body);
    request.flush({ id: SURVEY });
    return done;
  }

  it('lists surveys with only the filters given, templates as true or false', async () => {
    await expectCall(
      api.list({ status: 'published', templates: false, q: 'evaluasi', page: 2, pageSize: 20 }),
      'GET',
      '/api/surveys?status=published&q=evaluasi&page=2&pageSize=20&templates=false',
    );
    await expectCall(
      api.list({ templates: true, page: 1, pageSize: 20 }),
      'GET',
      '/api/surveys?page=1&pageSize=20&templates=true',
    );
    await expectCall(api.list({ q: '', page: 1, pageSize: 20 }), 'GET', '/api/surveys?page=1&pageSize=20');
  });

  it('creates blank or from a template, and changes a survey where the contract puts it', async () => {
    await expectCall(api.create({ ...settings, audience: 'signed-in', definition }), 'POST', '/api/surveys', {
      ...settings,
      audience: 'signed-in',
      definition,
    });
    await expectCall(api.create({ ...settings, audience: 'public', fromSurveyId: TEMPLATE }), 'POST', '/api/surveys', {
      ...settings,
      audience: 'public',
      fromSurveyId: TEMPLATE,
    });
    await expectCall(api.survey(SURVEY), 'GET', `/api/surveys/${SURVEY}`);
    await expectCall(api.update(SURVEY, { definition }), 'PATCH', `/api/surveys/${SURVEY}`, { definition });
    await expectCall(api.setStatus(SURVEY, 'closed'), 'PUT', `/api/surveys/${SURVEY}/status`, { status: 'closed' });
    await expectCall(api.remove('a/b'), 'DELETE', '/api/surveys/a%2Fb');
  });

  it('downloads the QR poster with the name the server gave it, and reads a refusal’s JSON', async () => {
    const saved = firstValueFrom(api.posterPdf(SURVEY));
    const poster = http.expectOne(`/api/surveys/${SURVEY}/poster.pdf`);
    expect(poster.request.headers.get('Authorization')).toBe('Bearer token-1');
    poster.flush(new Blob(['%PDF']), { headers: { 'Content-Disposition': 'attachment; filename="poster-skm.pdf"' } });
    expect((await saved).fileName).toBe('poster-skm.pdf');

    const refused = firstValueFrom(api.posterPdf(SURVEY)).catch((error: unknown) => toApiFailure(error));
    const body = JSON.stringify({
      statusCode: 409,
      code: 'survey.notPublic',
      message: 'Survei ini bukan survei publik.',
    });
    http
      .expectOne(`/api/surveys/${SURVEY}/poster.pdf`)
      .flush(new Blob([body], { type: 'application/json' }), { status: 409, statusText: 'Conflict' });
    expect(await refused).toMatchObject({ message: 'Survei ini bukan survei publik.' });
  });
});
