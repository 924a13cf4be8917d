import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SurveyStep } from '@bina-pustaka/shared-contracts';
import { of, throwError, type Observable } from 'rxjs';
import { surveySummary } from '../../testing/survey-testing';
import { AuthStore } from '../auth.store';
import { EvaluationPicker, type EvaluationSubmit } from './evaluation-picker';

const LIST = '/api/surveys?status=published&page=1&pageSize=100&templates=false';
const OLD: SurveyStep = { surveyId: 'old', title: 'Evaluasi lama (ditutup)', answered: false, required: true };
const NEW: SurveyStep = { surveyId: 'new', title: 'Evaluasi Penyelenggaraan', answered: false, required: true };
const failure = (status: number) => throwError(() => new HttpErrorResponse({ status, error: { statusCode: status } }));

/** Runs the call as FormFeedback.submit does: a thrown error is a failed save, not an exception. */
const submit: EvaluationSubmit = (call) =>
  call().then(
    () => true,
    () => false,
  );

describe('EvaluationPicker', () => {
  let http: HttpTestingController;
  let calls: string[];

  function picker(
    read: () => Observable<SurveyStep>,
    attach: Observable<SurveyStep> = of(NEW),
    detach = of(undefined),
  ) {
    return TestBed.runInInjectionContext(
      () =>
        new EvaluationPicker({
          read,
          attach: (surveyId) => (calls.push(`attach ${surveyId}`), attach),
          detach: () => (calls.push('detach'), detach),
        }),
    );
  }

  async function load(subject: EvaluationPicker) {
    const loaded = subject.load();
    await Promise.resolve();
    http
      .expectOne(LIST)
      .flush({ items: [surveySummary({ id: 'new', title: NEW.title })], total: 1, page: 1, pageSize: 100 });
    return loaded;
  }

  beforeEach(() => {
    calls = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        // A trainer: builds surveys, so may list them.
        { provide: AuthStore, useValue: { hasAnyRole: () => true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the current evaluation with the choices, keeping a current one that can no longer be chosen first', async () => {
    const subject = picker(() => of(OLD));
    expect(subject.mayBuildSurveys).toBe(true);
    expect(subject.choices()).toBeNull();
    expect(await load(subject)).toEqual(OLD);
    expect(subject.current()).toEqual(OLD);
    expect(subject.options()).toEqual([
      { id: 'old', title: OLD.title },
      { id: 'new', title: NEW.title },
    ]);
  });

  it('reads "none" from a 404, and reports any other failure until a retry succeeds', async () => {
    const none = picker(() => failure(404));
    expect(await load(none)).toBeNull();
    expect(none.options()).toEqual([{ id: 'new', title: NEW.title }]);

    let status = 500;
    const failing = picker(() => (status === 500 ? failure(500) : of(NEW)));
    expect(await load(failing)).toBeUndefined();
    expect(failing.loadFailure()?.status).toBe(500);
    expect(failing.choices()).toBeNull();
    status = 200;
    expect(await load(failing)).toEqual(NEW);
    expect(failing.loadFailure()).toBeNull();
  });

  it('attaches the chosen survey or detaches the evaluation, and says which', async () => {
    const subject = picker(() => of(OLD));
    await load(subject);
    expect(await subject.save('new', submit)).toBe(true);
    expect(subject.current()).toEqual(NEW);
    expect(subject.saved()).toBe('attached');
    expect(await subject.save('', submit)).toBe(true);
    expect(subject.current()).toBeNull();
    expect(subject.saved()).toBe('detached');
    expect(calls).toEqual(['attach new', 'detach']);
  });

  it('keeps the current evaluation and says nothing when the save fails', async () => {
    const subject = picker(() => of(OLD), failure(422));
    await load(subject);
    expect(await subject.save('new', submit)).toBe(false);
    expect(subject.current()).toEqual(OLD);
    expect(subject.saved()).toBeNull();
  });
});
