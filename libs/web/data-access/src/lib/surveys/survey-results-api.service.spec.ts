import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { SurveyResultsApi } from './survey-results-api.service';

const SURVEY = '6f1d2c1e-5555-4c3a-9b1a-000000000001';
const COURSE = '6f1d2c1e-5555-4c3a-9b1a-000000000002';
const SPEAKER = '6f1d2c1e-5555-4c3a-9b1a-000000000003';

describe('SurveyResultsApi', () => {
  let http: HttpTestingController;
  let api: SurveyResultsApi;

  beforeEach(async () => {
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    api = TestBed.inject(SurveyResultsApi);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  /** Checks the one GET a call makes (with the Bearer token) and answers it. */
  async function expectGet(call: Promise<unknown>, url: string) {
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe('GET');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    request.flush({});
    await call;
  }

  it('reads the survey, its results with the filters given (empty ones left out), the IKM, a speaker and a course’s reaction', async () => {
    await expectGet(firstValueFrom(api.survey(SURVEY)), `/api/surveys/${SURVEY}`);
    await expectGet(
      firstValueFrom(api.results(SURVEY, { courseId: COURSE, institutionId: '', from: '2026-11-01' })),
      `/api/surveys/${SURVEY}/results?courseId=${COURSE}&from=2026-11-01`,
    );
    await expectGet(firstValueFrom(api.results(SURVEY)), `/api/surveys/${SURVEY}/results`);
    await expectGet(
      firstValueFrom(api.ikm(SURVEY, 'year', undefined, '2026-12-31')),
      `/api/surveys/${SURVEY}/ikm?by=year&to=2026-12-31`,
    );
    await expectGet(firstValueFrom(api.speakerEvaluation(SPEAKER)), `/api/survey-speakers/${SPEAKER}/evaluation`);
    await expectGet(firstValueFrom(api.courseReaction(COURSE)), `/api/courses/${COURSE}/reaction`);
  });

  it('downloads an export with the filters and the name the server gave it', async () => {
    const saved = firstValueFrom(api.export(SURVEY, 'xlsx', { webinarSessionId: COURSE, to: '2026-11-30' }));
    const request = http.expectOne(`/api/surveys/${SURVEY}/export.xlsx?webinarSessionId=${COURSE}&to=2026-11-30`);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['PK']), {
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''hasil-survei-kepuasan.xlsx` },
    });
    expect((await saved).fileName).toBe('hasil-survei-kepuasan.xlsx');

    const unnamed = firstValueFrom(api.export(SURVEY, 'csv'));
    http.expectOne(`/api/surveys/${SURVEY}/export.csv`).flush(new Blob(['a;b']));
    expect((await unnamed).fileName).toBe('hasil-survei-6f1d2c1e.csv');
  });

  it('reads an export refusal’s sentence back from the blob', async () => {
    const refused = firstValueFrom(api.export(SURVEY, 'csv')).catch((error: unknown) => toApiFailure(error));
    const body = JSON.stringify({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'survey.groupTooSmall',
      message: 'Kelompok ini kurang dari 5 responden.',
    });
    http
      .expectOne(`/api/surveys/${SURVEY}/export.csv`)
      .flush(new Blob([body], { type: 'application/json' }), { status: 422, statusText: 'Unprocessable Entity' });
    expect(await refused).toMatchObject({ status: 422, message: 'Kelompok ini kurang dari 5 responden.' });
  });
});
