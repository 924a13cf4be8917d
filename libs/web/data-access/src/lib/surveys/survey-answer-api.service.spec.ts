import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { SurveyAnswerApi } from './survey-answer-api.service';

const SURVEY = '6f1d2c1e-5555-4c3a-9b1a-000000000001';
const COURSE = '6f1d2c1e-5555-4c3a-9b1a-000000000002';
const SESSION = '6f1d2c1e-5555-4c3a-9b1a-000000000003';
const BROWSER = '6f1d2c1e-5555-4c3a-9b1a-000000000004';

describe('SurveyAnswerApi', () => {
  let http: HttpTestingController;
  let api: SurveyAnswerApi;

  beforeEach(() => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(SurveyAnswerApi);
  });

  afterEach(() => http.verify());

  async function signIn() {
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
  }

  /** Subscribes, checks the one request it makes and answers it with `reply`. */
  async function expectCall(call: Observable<unknown>, method: string, url: string, body: unknown = null) {
    const done = firstValueFrom(call);
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe(method);
    if (method === 'POST') expect(request.request.body).toEqual(body);
    request.flush({ ok: true });
    await done;
    return request.request;
  }

  it('reads the form and sends the answers where the contract puts them, with the context', async () => {
    await signIn();
    const form = await expectCall(
      api.form(SURVEY, { courseId: COURSE }),
      'GET',
      `/api/surveys/${SURVEY}/form?courseId=${COURSE}`,
    );
    expect(form.headers.get('Authorization')).toBe('Bearer token-1');
    // No context: no empty query parameters.
    await expectCall(
      api.form(SURVEY, { courseId: null, webinarSessionId: null }),
      'GET',
      `/api/surveys/${SURVEY}/form`,
    );
    const submission = { answers: [{ questionId: 'q1', number: 4 }], context: { webinarSessionId: SESSION } };
    await expectCall(api.submit(SURVEY, submission), 'POST', `/api/surveys/${SURVEY}/responses`, submission);
    await expectCall(api.courseEvaluation(COURSE), 'GET', `/api/courses/${COURSE}/evaluation`);
    await expectCall(api.webinarEvaluation(SESSION), 'GET', `/api/webinars/${SESSION}/evaluation`);
  });

  it('uses the public endpoints without signing in, the slug kept inside its path segment', async () => {
    const form = await expectCall(api.publicForm('ikm-2026/../x'), 'GET', '/api/public/surveys/ikm-2026%2F..%2Fx');
    expect(form.headers.has('Authorization')).toBe(false);
    const submission = { answers: [{ questionId: 'u1', number: 3 }], browserId: BROWSER, website: '' };
    await expectCall(
      api.publicSubmit('ikm-2026', submission),
      'POST',
      '/api/public/surveys/ikm-2026/responses',
      submission,
    );
  });

  it("passes on the api's refusal with its sentence and Retry-After", async () => {
    const sent = firstValueFrom(api.publicSubmit('ikm-2026', { answers: [], browserId: BROWSER }));
    http
      .expectOne('/api/public/surveys/ikm-2026/responses')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Terlalu banyak jawaban.', code: 'survey.rateLimited' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '1800' } },
      );
    const failure = toApiFailure(await sent.catch((error: unknown) => error));
    expect(failure).toMatchObject({ status: 429, message: 'Terlalu banyak jawaban.', retryAfterSeconds: 1800 });
  });
});
