import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@bina-pustaka/api-platform';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { AppNotification, CourseDetail, NotificationInbox } from '@bina-pustaka/shared-contracts';
import { formatDate, toWibParts } from '@bina-pustaka/shared-util';
import type { Queue } from 'bullmq';
import { evaluationSurvey, seedEvaluatedCourse } from '../testing/evaluated-course';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';
import { SurveyEntity, SurveyRespondentEntity } from './entities/survey.entity';
import { WebinarEvaluationHooksService } from './evaluation/webinar-evaluation-hooks.service';
import { SURVEY_REMINDER_JOB } from './reminders/survey-reminder.job';
import { SurveyReminderWorkerModule } from './survey-reminder-worker.module';

const XSS_TITLE = 'Evaluasi <script>alert(1)</script> Pelatihan';

/** Today in WIB: sessions end and lessons are done now, so everyone in the test becomes due today. */
const TODAY = toWibParts(new Date()).date;

/** 09.00 WIB (the scheduler's hour) `days` after today, or `hour` that day. */
function wibDay(days: number, hour = 9): Date {
  const at = new Date(`${TODAY}T${String(hour).padStart(2, '0')}:00:00+07:00`);
  return new Date(at.getTime() + days * 24 * 60 * 60 * 1000);
}

describe('survey reminders: those who have not answered an evaluation, until its deadline', () => {
  let t: TestApp;
  let cast: SurveyCast;
  let queue: Queue;
  let course: CourseDetail;
  const people: Record<string, SignedInUser> = {};
  const sessions: Record<string, string> = {};
  const surveys: Record<string, SurveyEntity> = {};

  const person = async (fullName: string, status: 'active' | 'disabled' = 'active') => {
    const user = await signIn(t.api, await createTestUser(t.db, { fullName }));
    if (status !== 'active') await t.db.query(`UPDATE users SET status = $2 WHERE id = $1`, [user.id, status]);
    return user;
  };

  /** A survey row as the builder would store it (another stage), by the trainer. */
  const survey = (fields: Partial<SurveyEntity>): Promise<SurveyEntity> =>
    evaluationSurvey(t.db, { createdBy: cast.trainer.id, ...fields });

  /** A session that has just ended, its attendance settled (the webinar stage's work), with this evaluation. */
  async function endedSession(title: string, evaluation: SurveyEntity, attendees: SignedInUser[]): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO webinar_sessions (title, description, audience, starts_at, duration_minutes, time_zone, jp, status,
                                     opened_at, ended_at, attendance_settled_at)
       VALUES ($1, '', 'registered', now() - interval '1 hour', 60, 'Asia/Jakarta', 2, 'ended',
               now() - interval '1 hour', now(), now())
       RETURNING id`,
      [title],
    );
    const ledger = [...attendees.map((who) => [who.id, 'attendee']), [cast.trainer.id, 'host']];
    for (const [userId, role] of ledger) {
      await t.db.query(
        `INSERT INTO webinar_attendance (session_id, user_id, role, first_joined_at, last_left_at, visits, minutes, percent)
         VALUES ($1, $2, $3, now() - interval '1 hour', now(), 1, 60, 100)`,
        [id, userId, role],
      );
    }
    await t.db.query(
      `INSERT INTO survey_webinar_evaluations (webinar_session_id, survey_id, required_for_certificate) VALUES ($1, $2, false)`,
      [id, evaluation.id],
    );
    return id;
  }

  /** Runs the reminder job in the worker for the moment `at`; the number of reminders sent. */
  async function remind(at: Date): Promise<number> {
    const job = await queue.add(SURVEY_REMINDER_JOB, { at: at.toISOString() });
    for (let tries = 0; tries < 100; tries++) {
      const state = await job.getState();
      if (state === 'failed') throw new Error(`reminders failed: ${(await queue.getJob(job.id ?? ''))?.failedReason}`);
      if (state === 'completed') return (await queue.getJob(job.id ?? ''))?.returnvalue as number;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the reminders did not finish');
  }

  const reminders = async (who: SignedInUser): Promise<AppNotification[]> =>
    (await t.api.get<NotificationInbox>('/api/me/notifications', as(who))).body.items.filter(
      (item) => item.kind === 'survey-reminder',
    );
  const mailsTo = (who: SignedInUser) => t.mailbox.messages.filter((mail) => mail.to.includes(who.email.toLowerCase()));

  /** Waits until the mail queue has delivered `count` mails in all. */
  async function delivered(count: number): Promise<void> {
    for (let tries = 0; tries < 100 && t.mailbox.messages.length < count; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(t.mailbox.messages).toHaveLength(count);
  }

  beforeAll(async () => {
    t = await startTestApp({ ...SURVEY_TEST_APP, workerModules: [SurveyReminderWorkerModule] });
    queue = t.app.get<Queue>(getQueueToken(QUEUES.surveys));
    cast = await signInCast(t);
    for (const [key, name] of [
      ['sari', 'Sari Indah'],
      ['rudi', 'Rudi Hartono'],
      ['tono', 'Tono Sugiarto'],
      ['wati', 'Wati Susanti'],
      ['lina', 'Lina Marlina'],
    ] as const) {
      people[key] = await person(name);
    }
    people['yuni'] = await person('Yuni Nonaktif', 'disabled');

    // Webinars: Dewi attended (due); Budi attended and answered; Yuni's account is disabled.
    surveys['webinar'] = await survey({ title: 'Evaluasi Narasumber Literasi Digital' });
    sessions['webinar'] = await endedSession('Literasi Digital', surveys['webinar'], [
      cast.dewi,
      cast.budi,
      people['yuni'],
    ]);
    await t.db
      .getRepository(SurveyRespondentEntity)
      .insert({ surveyId: surveys['webinar'].id, userId: cast.budi.id, contextKey: `webinar:${sessions['webinar']}` });
    // Surveys nobody is reminded of: closed, a draft, past their deadline (08.00 WIB tomorrow), not open yet.
    for (const [key, fields] of [
      ['closed', { status: 'closed' as const }],
      ['draft', { status: 'draft' as const }],
      ['past', { closesAt: wibDay(1, 8) }],
      ['later', { opensAt: wibDay(30) }],
    ] as const) {
      surveys[key] = await survey({ title: `Survei ${key}`, ...fields });
      sessions[key] = await endedSession(`Sesi ${key}`, surveys[key], [cast.dewi]);
    }
    // Lina's session closes at 12.00 WIB six days from now: the closing-soon reminder.
    surveys['closing'] = await survey({ title: 'Evaluasi Temu Pustakawan', closesAt: wibDay(6, 12) });
    sessions['closing'] = await endedSession('Temu Pustakawan', surveys['closing'], [people['lina']]);

    // The course: Sari and Tono did every lesson (Tono has answered), Wati has completed the
    // course, Rudi has only enrolled.
    const evaluated = await seedEvaluatedCourse(t, cast, {
      course: { title: 'Pelestarian Naskah Kuno', jp: 6 },
      survey: { title: XSS_TITLE, closesAt: wibDay(40) },
      learners: [people['sari'], people['tono'], people['wati']],
    });
    course = evaluated.course;
    surveys['course'] = evaluated.survey;
    const enrolled = await t.api.post(
      `/api/cohorts/${evaluated.cohortId}/enrolments`,
      { userIds: [people['rudi'].id] },
      as(cast.coordinator),
    );
    expect(enrolled.status).toBeLessThan(300);
    await t.db
      .getRepository(SurveyRespondentEntity)
      .insert({ surveyId: surveys['course'].id, userId: people['tono'].id, contextKey: `course:${course.id}` });
    await t.db.query(
      `INSERT INTO course_completions (user_id, course_id, enrolment_id, jp, completed_at)
       SELECT user_id, course_id, id, 6, now() FROM enrolments WHERE user_id = $1`,
      [people['wati'].id],
    );
  });
  afterAll(() => t.close());

  it('reminds no one before two days have passed since they became due', async () => {
    expect(await remind(wibDay(1))).toBe(0);
  });

  it('reminds due webinar attendees and course learners once, in the app and by email', async () => {
    // Dewi (the webinar), Sari (the course) and Lina (the closing session).
    expect(await remind(wibDay(2))).toBe(3);
    await delivered(3);

    const [dewi] = await reminders(cast.dewi);
    expect(await reminders(cast.dewi)).toHaveLength(1);
    expect(dewi).toMatchObject({
      params: { title: surveys['webinar'].title, sessionTitle: 'Literasi Digital' },
      link: `/survei/${surveys['webinar'].id}?webinarSessionId=${sessions['webinar']}`,
    });
    const [sari] = await reminders(people['sari']);
    expect(sari).toMatchObject({
      params: {
        title: XSS_TITLE,
        courseTitle: 'Pelestarian Naskah Kuno',
        closesAt: surveys['course'].closesAt?.toISOString(),
      },
      link: `/survei/${surveys['course'].id}?courseId=${course.id}`,
    });

    const webinarMail = await t.mailbox.waitFor(cast.dewi.email);
    expect(webinarMail.subject).toBe(`Pengingat: mohon isi survei evaluasi “${surveys['webinar'].title}”`);
    expect(webinarMail.text).toContain('Yth. Dewi Lestari,');
    expect(webinarMail.text).toContain('Terima kasih telah mengikuti webinar “Literasi Digital”.');
    expect(webinarMail.text).toContain(
      `${t.config.http.publicUrl}/survei/${surveys['webinar'].id}?webinarSessionId=${sessions['webinar']}`,
    );
    expect(webinarMail.text).not.toContain('paling lambat');

    // A title is people's text: the email's HTML shows it as text.
    const courseMail = await t.mailbox.waitFor(people['sari'].email);
    expect(courseMail.text).toContain('semua materi wajib pelatihan “Pelestarian Naskah Kuno”');
    expect(courseMail.text).toContain(`Survei ini dapat diisi paling lambat ${formatDate(wibDay(40))}, 09.00 WIB.`);
    expect(courseMail.html).toContain('Evaluasi &#60;script&#62;alert(1)&#60;/script&#62; Pelatihan');
    expect(courseMail.html).not.toMatch(/<script/i);

    // No one else: not Budi (answered), Yuni (disabled), Tono (answered), Wati (completed),
    // Rudi (lessons not done), the host, nor Dewi for the closed, draft, past or unopened surveys.
    const remindedIds: { userId: string }[] = await t.db.query(
      `SELECT user_id AS "userId" FROM notifications WHERE kind = 'survey-reminder'`,
    );
    const expected = [cast.dewi, people['sari'], people['lina']];
    expect(remindedIds.map((row) => row.userId).sort()).toEqual(expected.map((who) => who.id).sort());
    expect(t.mailbox.messages.flatMap((mail) => mail.to).sort()).toEqual(
      expected.map((who) => who.email.toLowerCase()).sort(),
    );
  });

  it('sends nothing twice on the same day, whether the run is repeated or retried', async () => {
    const sameDay = await Promise.all([remind(wibDay(2, 15)), remind(wibDay(2, 15))]);
    expect(sameDay).toEqual([0, 0]);
    // After the first reminder, nothing until a survey closes within two days.
    expect(await remind(wibDay(3))).toBe(0);
    expect(await remind(wibDay(4))).toBe(0);
    await delivered(3);
  });

  it('reminds once more when the survey closes within two days, saying until when', async () => {
    // 09.00 WIB five days on: Lina's survey closes in 27 hours.
    expect(await remind(wibDay(5))).toBe(1);
    await delivered(4);
    const [latest] = await reminders(people['lina']);
    expect(latest.params['closesAt']).toBe(wibDay(6, 12).toISOString());
    const mails = mailsTo(people['lina']);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain(`Survei ini dapat diisi paling lambat ${formatDate(wibDay(6))}, 12.00 WIB.`);
    // The day it closes: already reminded in that window. After 12.00: closed.
    expect(await remind(wibDay(6))).toBe(0);
    expect(await remind(wibDay(7))).toBe(0);
  });

  it('stops at three reminders per person, even when the deadline moves', async () => {
    await t.db.getRepository(SurveyEntity).update({ id: surveys['closing'].id }, { closesAt: wibDay(9, 12) });
    expect(await remind(wibDay(8))).toBe(1);
    await t.db.getRepository(SurveyEntity).update({ id: surveys['closing'].id }, { closesAt: wibDay(12, 12) });
    expect(await remind(wibDay(11))).toBe(0);
    expect(await reminders(people['lina'])).toHaveLength(3);
    expect(
      await t.db.query(`SELECT sent_count AS "sentCount" FROM survey_reminders WHERE user_id = $1`, [
        people['lina'].id,
      ]),
    ).toEqual([{ sentCount: 3 }]);
  });

  it("offers a webinar's evaluation when it ends with its deadline", async () => {
    const closesAt = wibDay(20, 17);
    const evaluation = await survey({ title: 'Evaluasi Diskusi Buku', closesAt });
    const id = await endedSession('Diskusi Buku', evaluation, [people['rudi']]);
    await t.app
      .get(WebinarEvaluationHooksService)
      .offer({ id, title: 'Diskusi Buku', courseId: null, attendeeIds: [people['rudi'].id] });
    const inbox = await t.api.get<NotificationInbox>('/api/me/notifications', as(people['rudi']));
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'survey-evaluation',
        params: { title: 'Evaluasi Diskusi Buku', sessionTitle: 'Diskusi Buku', closesAt: closesAt.toISOString() },
      }),
    );
  });

  it('keeps who was reminded apart from answers: in their download, gone with their account', async () => {
    const download = await t.api.get<{ surveys: { reminded: unknown[] } }>('/api/me/data', as(cast.dewi));
    expect(download.body.surveys.reminded).toEqual([
      {
        survey: surveys['webinar'].title,
        courseId: null,
        webinarSessionId: sessions['webinar'],
        reminders: 1,
        lastOn: toWibParts(wibDay(2)).date,
      },
    ]);
    const deleted = await t.api.post(
      '/api/me/deletion',
      { password: cast.dewi.password, confirmation: 'HAPUS' },
      as(cast.dewi),
    );
    expect(deleted.status).toBe(204);
    expect(await t.db.query(`SELECT 1 FROM survey_reminders WHERE user_id = $1`, [cast.dewi.id])).toEqual([]);
  });
});
