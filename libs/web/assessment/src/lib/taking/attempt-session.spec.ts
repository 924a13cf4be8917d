import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AttemptView } from '@bina-pustaka/shared-contracts';
import { AttemptSession } from './attempt-session';

const VIEW: AttemptView = {
  id: 'a1',
  quizId: 'z1',
  quizTitle: 'Kuis RDA',
  number: 1,
  status: 'in-progress',
  startedAt: '2026-11-25T07:00:00Z',
  submittedAt: null,
  deadlineAt: null,
  serverNow: new Date().toISOString(),
  reviewShown: false,
  questions: [
    {
      questionId: 'q1',
      prompt: 'Tag judul?',
      points: 1,
      body: { type: 'numeric' },
      answer: null,
      answerSeq: null,
    },
  ],
};

const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AttemptSession', () => {
  let session: AttemptSession;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AttemptSession],
    });
    session = TestBed.inject(AttemptSession);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => TestBed.resetTestingModule());

  it('queues an answer while offline and sends it when the browser is back online', async () => {
    session.show(VIEW);
    session.answer('q1', { type: 'numeric', value: 245 });
    await flushMicrotasks();
    const first = http.expectOne('/api/quiz-attempts/a1/answers/q1');
    expect(first.request.body.answer).toEqual({ type: 'numeric', value: 245 });
    first.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await flushMicrotasks();
    expect(session.saveState()).toBe('offline');
    expect(JSON.parse(localStorage.getItem('bp.quiz-answers.a1') ?? '{}')).toHaveProperty('q1');

    window.dispatchEvent(new Event('online'));
    await flushMicrotasks();
    const again = http.expectOne('/api/quiz-attempts/a1/answers/q1');
    again.flush({ questionId: 'q1', seq: again.request.body.seq, savedAt: '2026-11-25T07:01:00Z' });
    await flushMicrotasks();
    expect(session.saveState()).toBe('saved');
    expect(localStorage.getItem('bp.quiz-answers.a1')).toBeNull();
  });

  it('restores an unsent answer after a reload and resends it', async () => {
    localStorage.setItem(
      'bp.quiz-answers.a1',
      JSON.stringify({ q1: { answer: { type: 'numeric', value: 100 }, seq: 5 } }),
    );
    session.show(VIEW);
    expect(session.answers()['q1']).toEqual({ type: 'numeric', value: 100 });
    await flushMicrotasks();
    const resend = http.expectOne('/api/quiz-attempts/a1/answers/q1');
    expect(resend.request.body.seq).toBe(5);
    resend.flush({ questionId: 'q1', seq: 5, savedAt: '2026-11-25T07:01:00Z' });
    await flushMicrotasks();
    expect(session.saveState()).toBe('saved');
  });

  it('gives each change of an answer a higher seq', async () => {
    session.show({ ...VIEW, questions: [{ ...VIEW.questions[0], answerSeq: Date.now() + 60_000 }] });
    session.answer('q1', { type: 'numeric', value: 1 });
    await flushMicrotasks();
    const save = http.expectOne('/api/quiz-attempts/a1/answers/q1');
    expect(save.request.body.seq).toBeGreaterThan(Date.now() + 59_000);
    save.flush({ questionId: 'q1', seq: save.request.body.seq, savedAt: '2026-11-25T07:01:00Z' });
  });
});
