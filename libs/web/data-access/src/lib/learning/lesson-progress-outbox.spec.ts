import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { CurrentUser, ProgressResult } from '@bina-pustaka/shared-contracts';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { PendingQueue } from '../offline/pending-queue';
import { LessonProgressOutbox, RETRY_FIRST_MS, type QueuedProgress } from './lesson-progress-outbox';

const BUDI: CurrentUser = { ...DEWI, id: '6f1d2c1e-1111-4c3a-9b1a-000000000002', fullName: 'Budi Santoso' };
const progressUrl = (lessonId: string) => `/api/learn/lessons/${lessonId}/progress`;
const result = (lessonId: string, state: ProgressResult['state'] = 'in-progress'): ProgressResult => ({
  lessonId,
  state,
  watchedFraction: 0,
  progressPercent: state === 'done' ? 50 : 0,
  courseCompleted: false,
  justCompleted: false,
});
/** Lets the outbox's promise chain move on between requests. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};
const storedQueue = (userId = DEWI.id) => new PendingQueue<QueuedProgress>(`bp.lesson-progress.${userId}`);

describe('LessonProgressOutbox', () => {
  let http: HttpTestingController;
  let auth: AuthStore;
  let outbox: LessonProgressOutbox;

  const signInAs = async (user: CurrentUser, token: string) => {
    const login = auth.signIn(user.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn(token, user));
    await login;
    TestBed.tick();
  };
  /** The next progress report on the wire, checked to be for `lessonId`. */
  const nextReport = async (lessonId: string): Promise<TestRequest> => {
    await settle();
    const request = http.expectOne(progressUrl(lessonId));
    expect(request.request.headers.get('Authorization')).toMatch(/^Bearer /);
    return request;
  };
  const offline = (request: TestRequest) => request.error(new ProgressEvent('error'));

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await signInAs(DEWI, 'token-1');
    outbox = TestBed.inject(LessonProgressOutbox);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('keeps a report on the device until the server answers, and hands the answer on', async () => {
    const delivered: ProgressResult[] = [];
    outbox.delivered.subscribe((answer) => delivered.push(answer));

    const done = outbox.record('l1', { event: 'reached-end' });
    expect(storedQueue().size).toBe(1);
    expect(outbox.pending().map((entry) => entry.lessonId)).toEqual(['l1']);
    const request = await nextReport('l1');
    expect(request.request.body).toEqual({ event: 'reached-end' });
    request.flush(result('l1', 'done'));
    await done;

    expect(delivered).toEqual([result('l1', 'done')]);
    expect(outbox.pending()).toEqual([]);
    expect(storedQueue().size).toBe(0);
  });

  it('offline, keeps reports in the order they were made, across a reload, and sends them oldest first when back online', async () => {
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'viewed' }), 'l1'));
    await settle();
    expect(outbox.unreachable()).toBe(true);
    expect(outbox.completesLesson('l1')).toBe(false);

    // Each new report tries the queue again from its oldest entry.
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'reached-end' }), 'l1'));
    offline(await nextReportAfter(() => outbox.record('l2', { event: 'viewed' }), 'l1'));
    await settle();
    expect(outbox.completesLesson('l1')).toBe(true);
    expect(
      storedQueue()
        .ordered()
        .map(([key]) => key),
    ).toEqual(['l1:viewed', 'l1:reached-end', 'l2:viewed']);

    window.dispatchEvent(new Event('online'));
    const sent: unknown[] = [];
    for (const lessonId of ['l1', 'l1', 'l2']) {
      const request = await nextReport(lessonId);
      sent.push(request.request.body);
      request.flush(result(lessonId));
    }
    await settle();
    expect(sent).toEqual([{ event: 'viewed' }, { event: 'reached-end' }, { event: 'viewed' }]);
    expect(outbox.pending()).toEqual([]);
    expect(outbox.unreachable()).toBe(false);
    expect(outbox.deliveredAfterWait()).toBe(3);
  });

  it('tries again by itself, waiting longer each time, while the server cannot be reached', async () => {
    jest.useFakeTimers();
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'opened' }), 'l1'));
    await settle();

    jest.advanceTimersByTime(RETRY_FIRST_MS - 1);
    await settle();
    http.expectNone(progressUrl('l1'));
    jest.advanceTimersByTime(1);
    // The service worker answers 504 for a request it could not pass on: still unreachable.
    (await nextReport('l1')).flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await settle();

    jest.advanceTimersByTime(RETRY_FIRST_MS);
    await settle();
    http.expectNone(progressUrl('l1'));
    jest.advanceTimersByTime(RETRY_FIRST_MS);
    (await nextReport('l1')).flush(result('l1', 'done'));
    await settle();
    expect(outbox.pending()).toEqual([]);
  });

  it('back online, tries again soon, not after the delay grown while offline', async () => {
    jest.useFakeTimers();
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'opened' }), 'l1'));
    for (const wait of [RETRY_FIRST_MS, 2 * RETRY_FIRST_MS, 4 * RETRY_FIRST_MS]) {
      await settle();
      jest.advanceTimersByTime(wait);
      offline(await nextReport('l1'));
    }
    await settle();
    // The network is up but the first request still fails (the phone's connection settling).
    window.dispatchEvent(new Event('online'));
    offline(await nextReport('l1'));
    await settle();
    jest.advanceTimersByTime(RETRY_FIRST_MS);
    (await nextReport('l1')).flush(result('l1', 'done'));
    await settle();
    expect(outbox.pending()).toEqual([]);
  });

  it('sends a repeated report once, with the latest order, and only the largest watched share of a video', async () => {
    offline(await nextReportAfter(() => outbox.record('v1', { event: 'video-progress', watchedFraction: 0.6 }), 'v1'));
    offline(await nextReportAfter(() => outbox.record('v1', { event: 'video-progress', watchedFraction: 0.4 }), 'v1'));
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'viewed' }), 'v1'));
    offline(await nextReportAfter(() => outbox.record('v1', { event: 'viewed' }), 'v1'));
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'viewed' }), 'v1'));
    await settle();

    expect(outbox.pending().map((entry) => [entry.lessonId, entry.event])).toEqual([
      ['v1', { event: 'video-progress', watchedFraction: 0.6 }],
      ['v1', { event: 'viewed' }],
      // Viewed again last: the server's resume point follows the order of reports.
      ['l1', { event: 'viewed' }],
    ]);
  });

  it('drops a report the server refuses for good, says so, and sends the rest', async () => {
    const first = await nextReportAfter(() => outbox.record('l1', { event: 'reached-end' }), 'l1');
    void outbox.record('l2', { event: 'viewed' });
    first.flush(
      { statusCode: 409, code: 'learn.enrolmentEnded', message: 'Masa belajar angkatan ini telah berakhir.' },
      { status: 409, statusText: 'Conflict' },
    );
    (await nextReport('l2')).flush(result('l2'));
    await settle();

    expect(outbox.refused()).toEqual({
      lessonId: 'l1',
      failure: expect.objectContaining({ status: 409, message: 'Masa belajar angkatan ini telah berakhir.' }),
    });
    expect(outbox.pending()).toEqual([]);
  });

  it("keeps a report that came too soon by the server's clock and sends it once the server's wait has passed", async () => {
    jest.useFakeTimers();
    (await nextReportAfter(() => outbox.record('l1', { event: 'reached-end' }), 'l1')).flush(
      { statusCode: 422, code: 'learn.tooSoon', message: 'Materi ini baru dibuka 2 detik yang lalu.' },
      { status: 422, statusText: 'Unprocessable Entity', headers: { 'Retry-After': '7' } },
    );
    await settle();
    expect(outbox.pending()).toHaveLength(1);
    expect(outbox.completesLesson('l1')).toBe(true);
    expect(outbox.unreachable()).toBe(false);
    expect(outbox.refused()).toBeNull();

    jest.advanceTimersByTime(6_999);
    http.expectNone(progressUrl('l1'));
    jest.advanceTimersByTime(1);
    (await nextReport('l1')).flush(result('l1', 'done'));
    await settle();
    expect(outbox.pending()).toEqual([]);
  });

  it('keeps a report the server could not handle now (5xx) for a later try', async () => {
    (await nextReportAfter(() => outbox.record('l1', { event: 'reached-end' }), 'l1')).flush(
      { statusCode: 500, code: 'http.internal', message: 'Terjadi kesalahan.' },
      { status: 500, statusText: 'Server Error' },
    );
    await settle();
    expect(outbox.pending()).toHaveLength(1);
    expect(outbox.unreachable()).toBe(true);
  });

  it('on sign-out, sends what it can first, then keeps nothing of the learner on the device', async () => {
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'reached-end' }), 'l1'));
    await settle();

    const signingOut = auth.signOut();
    offline(await nextReport('l1')); // still offline: it cannot be sent
    await settle();
    http.expectOne(AUTH_API.logout).error(new ProgressEvent('error'));
    await signingOut;
    TestBed.tick();

    expect(storedQueue().size).toBe(0);
    expect(outbox.pending()).toEqual([]);
    window.dispatchEvent(new Event('online'));
    await settle();
    http.expectNone(progressUrl('l1'));
  });

  it('never sends one learner’s progress for another who signs in on the same phone', async () => {
    offline(await nextReportAfter(() => outbox.record('l1', { event: 'reached-end' }), 'l1'));
    await settle();
    // Dewi's session ends on the server without her signing out; Budi signs in.
    const expired = auth.refresh();
    http
      .expectOne(AUTH_API.refresh)
      .flush({ statusCode: 401, code: 'auth.refreshInvalid', message: 'x' }, { status: 401, statusText: 'x' });
    await expired;
    await signInAs(BUDI, 'token-budi');

    expect(outbox.pending()).toEqual([]);
    expect(storedQueue(DEWI.id).size).toBe(0);
    window.dispatchEvent(new Event('online'));
    await settle();
    http.expectNone(progressUrl('l1'));
  });

  /** Runs `action`, then returns the report request it (or a flush it started) sent for `lessonId`. */
  async function nextReportAfter(action: () => Promise<void>, lessonId: string): Promise<TestRequest> {
    void action();
    return nextReport(lessonId);
  }
});
