import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@bina-pustaka/shared-contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { surveySummary } from '../../testing/survey-testing';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { EvaluationApi, evaluationOptions, isEvaluationChoice, noEvaluationOn404 } from './evaluation-api.service';
import { SurveyAnswerApi } from './survey-answer-api.service';

/** The id surveySummary() gives. */
const SURVEY = '6f1d2c1e-6666-4c3a-9b1a-000000000001';
const COURSE = '6f1d2c1e-6666-4c3a-9b1a-000000000002';
const SESSION = '6f1d2c1e-6666-4c3a-9b1a-000000000003';
const NOW = Date.parse('2026-12-07T03:00:00Z');

describe('EvaluationApi', () => {
  let http: HttpTestingController;
  let api: EvaluationApi;

  /** Siti builds surveys; Dewi, a learner, may still host a session but builds none. */
  const SITI: CurrentUser = { ...DEWI, id: 'siti', email: 'pelatih.siti@perpustakaan.test', roles: ['trainer'] };

  async function signIn(user = SITI) {
    const login = TestBed.inject(AuthStore).signIn(user.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1', user));
    await login;
  }

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    await signIn();
    api = TestBed.inject(EvaluationApi);
  });

  afterEach(() => http.verify());

  /** Subscribes, checks the one request it makes (with the Bearer token and its body) and answers it. */
  async function expectCall(call: Observable<unknown>, method: string, url: string, body: unknown = null) {
    const done = firstValueFrom(call, { defaultValue: undefined });
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe(method);
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(request.request.body).toEqual(body);
    request.flush(method === 'DELETE' ? null : { surveyId: SURVEY, title: 'x', answered: false, required: true });
    return done;
  }

  it('sets and removes the evaluation of a course and of a webinar session where the contract puts them', async () => {
    await expectCall(api.attachToCourse(COURSE, SURVEY), 'PUT', `/api/courses/${COURSE}/evaluation`, {
      surveyId: SURVEY,
    });
    await expectCall(api.detachFromCourse(COURSE), 'DELETE', `/api/courses/${COURSE}/evaluation`);
    const body = { surveyId: SURVEY, requiredForCertificate: true };
    await expectCall(api.attachToWebinar(SESSION, body), 'PUT', `/api/webinars/${SESSION}/evaluation`, body);
    await expectCall(api.detachFromWebinar('a/b'), 'DELETE', '/api/webinars/a%2Fb/evaluation');
  });

  it('lists the published real surveys and keeps only those the api lets one attach', async () => {
    const choices = firstValueFrom(api.choices());
    http.expectOne('/api/surveys?status=published&page=1&pageSize=100&templates=false').flush({
      items: [
        surveySummary(),
        surveySummary({ id: 'public', audience: 'public' }),
        surveySummary({ id: 'past', closesAt: '2020-01-01T00:00:00.000Z' }),
      ],
      total: 3,
      page: 1,
      pageSize: 100,
    });
    expect(await choices).toEqual([{ id: SURVEY, title: 'Evaluasi Penyelenggaraan Angkatan 3' }]);
  });

  it('offers no survey, without asking, to someone who builds none (a host who is a learner)', async () => {
    await signIn(DEWI);
    expect(api.mayBuildSurveys()).toBe(false);
    expect(await firstValueFrom(api.choices())).toEqual([]);
  });

  it('judges a survey as the attach check does: no template, public, draft, closed or past its closing time', () => {
    expect(isEvaluationChoice(surveySummary(), NOW)).toBe(true);
    expect(isEvaluationChoice(surveySummary({ closesAt: '2026-12-08T00:00:00.000Z' }), NOW)).toBe(true);
    expect(isEvaluationChoice(surveySummary({ closesAt: '2026-12-07T03:00:00.000Z' }), NOW)).toBe(false);
    expect(isEvaluationChoice(surveySummary({ isTemplate: true }), NOW)).toBe(false);
    expect(isEvaluationChoice(surveySummary({ audience: 'public' }), NOW)).toBe(false);
    expect(isEvaluationChoice(surveySummary({ status: 'draft' }), NOW)).toBe(false);
    expect(isEvaluationChoice(surveySummary({ status: 'closed' }), NOW)).toBe(false);
  });

  it('keeps the survey asked for now among the options, once', () => {
    const choices = [{ id: SURVEY, title: 'Evaluasi A' }];
    const step = { surveyId: SURVEY, title: 'Evaluasi A', answered: false, required: true };
    expect(evaluationOptions(choices, null)).toEqual(choices);
    expect(evaluationOptions(choices, step)).toEqual(choices);
    expect(evaluationOptions(choices, { ...step, surveyId: 'closed', title: 'Evaluasi lama' })).toEqual([
      { id: 'closed', title: 'Evaluasi lama' },
      ...choices,
    ]);
  });

  it('reads "no evaluation" (404) as null and passes on any other failure', async () => {
    const answers = TestBed.inject(SurveyAnswerApi);
    const none = firstValueFrom(noEvaluationOn404(answers.courseEvaluation(COURSE)));
    http
      .expectOne(`/api/courses/${COURSE}/evaluation`)
      .flush({ statusCode: 404, code: 'survey.evaluationNotFound' }, { status: 404, statusText: 'Not Found' });
    expect(await none).toBeNull();
    const failed = firstValueFrom(noEvaluationOn404(answers.webinarEvaluation(SESSION))).catch(
      (error: { status: number }) => error.status,
    );
    http.expectOne(`/api/webinars/${SESSION}/evaluation`).flush(null, { status: 500, statusText: 'Server Error' });
    expect(await failed).toBe(500);
  });
});
