import { ESCAPED_FORMULA_TEXT, FORMULA_TEXT, formulaCells, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type {
  ApiErrorBody,
  JpLedger,
  LearnerCourse,
  WebinarAttendanceLedger,
  WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { WebinarVisitsService } from './attendance/webinar-visits.service';
import { WebinarVisitEntity } from './entities/webinar-attendance.entity';
import { until, useWebinarTestBed } from '../testing/webinar-test-bed';

describe('webinars: the attendance ledger (visits, minutes, completion, JP, the CSV)', () => {
  const bed = useWebinarTestBed();
  const { ticket, enter, liveSession } = bed;
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let secondLearner: SignedInUser;
  let outsider: SignedInUser;
  beforeAll(() => {
    ({ t, coordinator, trainer, learner, secondLearner, outsider } = bed);
  });

  it('records joins and leaves, merges reconnects, settles minutes when the host ends, and feeds completion', async () => {
    // A course of its own that asks for 80% webinar attendance.
    const webinarCourse = await publishedCourse(t.api, trainer.token, { title: 'Literasi Informasi' });
    const rules = await t.api.patch(
      `/api/courses/${webinarCourse.id}`,
      { completionRules: { minWebinarAttendancePercent: 80 } },
      { token: trainer.token },
    );
    expect(rules.status).toBe(200);
    const cohort = await runningCohort(t.api, coordinator.token, webinarCourse.id);
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token });
    const conditionOf = async () => {
      const view = await t.api.get<LearnerCourse>(`/api/learn/courses/${webinarCourse.id}`, { token: learner.token });
      return view.body.conditions.find((condition) => condition.kind === 'webinar-attendance');
    };
    const session = await liveSession({ durationMinutes: 60, cohortId: cohort.id });
    expect(await conditionOf()).toMatchObject({ met: false });
    const host = await enter(trainer, session.id);
    const attendee = await enter(learner, session.id);
    // Leave and come back: one visit after merging.
    attendee.client.close();
    await until(
      () => t.db.getRepository(WebinarVisitEntity).findBy({ sessionId: session.id, userId: learner.id }),
      (visits) => visits.length === 1 && visits[0].leftAt !== null,
      'the first visit to close',
    );
    const back = await enter(learner, session.id);
    expect(back.joined.state).toBe('joined');

    // Pretend the session ran for 55 minutes: move its opening and the visits back in time.
    await t.db.query(`UPDATE webinar_sessions SET opened_at = now() - interval '55 minutes' WHERE id = $1`, [
      session.id,
    ]);
    await t.db.query(
      `UPDATE webinar_visits SET joined_at = joined_at - interval '55 minutes',
           left_at = left_at - interval '55 minutes' + interval '30 seconds' WHERE session_id = $1`,
      [session.id],
    );
    const live = await t.api.get<WebinarAttendanceLedger>(`/api/webinars/${session.id}/attendance`, {
      token: trainer.token,
    });
    expect(live.body.final).toBe(false);
    const notHis = await t.api.get<ApiErrorBody>(`/api/webinars/${session.id}/attendance`, { token: learner.token });
    expect(notHis.status).toBe(403);

    await host.client.request('host:end', {});
    expect(await back.client.nextEvent('room:closed')).toEqual({ reason: 'ended' });
    const ledger = await until(
      () => t.api.get<WebinarAttendanceLedger>(`/api/webinars/${session.id}/attendance`, { token: trainer.token }),
      (response) => response.body.final,
      'the settled ledger',
    );
    const rows = Object.fromEntries(ledger.body.rows.map((row) => [row.name, row]));
    expect(rows['Pustakawan Budi']).toMatchObject({ role: 'attendee', visits: 1 });
    expect(rows['Pustakawan Budi'].minutes).toBeGreaterThanOrEqual(54);
    expect(rows['Pustakawan Budi'].percent).toBeGreaterThanOrEqual(90);
    expect(rows['Narasumber Sari']).toMatchObject({ role: 'host' });

    const csv = await t.api.download(`/api/webinars/${session.id}/attendance.csv`, { token: coordinator.token });
    const lines = csv.bytes.toString().split('\n');
    expect(lines[0]).toBe('nama,email,peran,masuk_pertama,keluar_terakhir,kunjungan,menit,persen');
    expect(lines.find((line) => line.startsWith('Pustakawan Budi'))).toMatch(/,attendee,.*,1,5\d,9\d$/);

    const ended = await t.api.get<WebinarSession>(`/api/webinars/${session.id}`, { token: learner.token });
    expect(ended.body.status).toBe('ended');
    const late = await t.api.post<ApiErrorBody>(`/api/webinars/${session.id}/join-ticket`, undefined, {
      token: learner.token,
    });
    expect(late.status).toBe(409);
    expect(await conditionOf()).toMatchObject({ met: true });
  });

  it('a standalone session open to registration credits its JP to those who attended enough', async () => {
    const session = await liveSession({ audience: 'registered', cohortId: null, capacity: 2, jp: 3 });
    expect((await ticket(learner, session.id).catch((error: Error) => error)).toString()).toContain('403');
    const registered = await t.api.post<WebinarSession>(`/api/webinars/${session.id}/registration`, undefined, {
      token: learner.token,
    });
    expect(registered.body).toMatchObject({ registered: true, myRole: 'attendee', registeredCount: 1 });
    await t.api.post(`/api/webinars/${session.id}/registration`, undefined, { token: secondLearner.token });
    const full = await t.api.post<ApiErrorBody>(`/api/webinars/${session.id}/registration`, undefined, {
      token: outsider.token,
    });
    expect(full.status).toBe(409);
    expect(full.body.message).toBe('Kuota sesi sudah penuh.');

    await enter(learner, session.id);
    await enter(secondLearner, session.id);
    // Budi stayed 50 of 60 minutes, Wati 20.
    await t.db.query(`UPDATE webinar_sessions SET opened_at = now() - interval '60 minutes' WHERE id = $1`, [
      session.id,
    ]);
    await t.db.query(
      `UPDATE webinar_visits SET joined_at = now() - CASE WHEN user_id = $2 THEN interval '50 minutes' ELSE interval '20 minutes' END
         WHERE session_id = $1`,
      [session.id, learner.id],
    );
    const ended = await t.api.post<WebinarSession>(`/api/webinars/${session.id}/end`, undefined, {
      token: trainer.token,
    });
    expect(ended.body.status).toBe('ended');
    const ledgerOf = async (user: SignedInUser) =>
      (await t.api.get<JpLedger>('/api/me/jp-ledger', { token: user.token })).body.entries.filter(
        (entry) => entry.sourceId === session.id,
      );
    expect(await ledgerOf(learner)).toEqual([expect.objectContaining({ source: 'webinar', jp: 3 })]);
    expect(await ledgerOf(secondLearner)).toEqual([]);
    const again = await t.api.post<ApiErrorBody>(`/api/webinars/${session.id}/end`, undefined, {
      token: trainer.token,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Sesi ini sudah selesai.');
  });

  it('writes an attendee name that looks like a formula into the attendance CSV as text', async () => {
    const session = await liveSession();
    const named = await createTestUser(t.db, { fullName: FORMULA_TEXT });
    await t.db.getRepository(WebinarVisitEntity).save({
      sessionId: session.id,
      userId: named.id,
      role: 'attendee',
      joinedAt: new Date(Date.now() - 10 * 60_000),
      leftAt: new Date(),
      seenAt: new Date(),
    });
    const csv = await t.api.download(`/api/webinars/${session.id}/attendance.csv`, { token: coordinator.token });
    expect(csv.status).toBe(200);
    expect(csv.bytes.toString()).toContain(`"${ESCAPED_FORMULA_TEXT.replaceAll('"', '""')}"`);
    expect(formulaCells(csv.bytes.toString())).toEqual([]);
  });

  it('ends visits an api process left open at the moment they were last seen', async () => {
    const session = await liveSession();
    await enter(learner, session.id);
    const visits = t.db.getRepository(WebinarVisitEntity);
    // A visit of a process that stopped: open, last seen 5 minutes ago.
    const orphan = await visits.save({
      sessionId: session.id,
      userId: secondLearner.id,
      role: 'attendee',
      joinedAt: new Date(Date.now() - 20 * 60_000),
      leftAt: null,
      seenAt: new Date(Date.now() - 5 * 60_000),
    });
    await t.app.get(WebinarVisitsService).keepAlive();
    const closed = await visits.findOneByOrFail({ id: orphan.id });
    expect(closed.leftAt?.getTime()).toBe(orphan.seenAt.getTime());
    const live = await visits.findOneByOrFail({ sessionId: session.id, userId: learner.id });
    expect(live.leftAt).toBeNull();
    expect(Date.now() - live.seenAt.getTime()).toBeLessThan(5_000);
  });
});
