import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { CertificatesWorkerModule } from '@bina-pustaka/api-certificates';
import { renderThreadFromSources } from '@bina-pustaka/api-certificates/testing';
import { createTestInstitution, createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import {
  enrolAndComplete,
  publishedCourse,
  runningCohort,
  SAMPLE_PNG,
  samplePdf,
  upload,
} from '@bina-pustaka/api-learning/testing';
import { EVERY_KIND } from '@bina-pustaka/api-survey/testing';
import type { CourseDetail } from '@bina-pustaka/shared-contracts';
import { AppModule } from '../app.module';
import { eventSide, type EventSide } from './world-events';
import { CERTIFICATE_DESIGN, ESSAY, ESSAY_ANSWER, hoursFromNow, ok, SINGLE_CHOICE, until } from './world-data';

/**
 * One world for the object-level matrix: two of each kind of person, and for side B a real
 * object of every kind a route takes an id of. Side A has a course its learner is enrolled in
 * (so learnerA is a real learner, just not of B's course); the cases aim every actor at B's
 * objects, so "A tries B's" and "B uses its own" are both cells of the same table.
 *
 * Coordinators are not scoped to an institution in this product: a coordinator runs every
 * cohort and issues every certificate (see README "Who uses it"; the services check the role,
 * and an institution only names a certificate's numbering series). coordinatorA and
 * coordinatorB sit in two institutions all the same, so that a future institution scope shows
 * up here as a changed expectation rather than a missing actor.
 */
export const ACTORS = [
  'learnerA',
  'learnerB',
  'trainerA',
  'trainerB',
  'coordinatorA',
  'coordinatorB',
  'admin',
] as const;
export type Actor = (typeof ACTORS)[number];

/** Every object of side B a case may aim at. */
export interface SideB extends EventSide {
  course: CourseDetail;
  moduleId: string;
  lessonId: string;
  cohortId: string;
  enrolmentId: string;
  fileId: string;
  /** trainerB's upload for the materials library, not yet in it. */
  materialFileId: string;
  materialId: string;
  categoryId: string;
  questionId: string;
  essayId: string;
  quizId: string;
  attemptId: string;
  templateId: string;
  imageId: string;
  certificateId: string;
  certificateCode: string;
  batchId: string;
  webinarId: string;
  forumId: string;
  threadId: string;
  postId: string;
  suspensionId: string;
  focusGroupId: string;
  focusSessionId: string;
  findingId: string;
  actionId: string;
  surveyId: string;
  publicSurveyId: string;
  publicSlug: string;
  invitationId: string;
  /** One of learnerB's unread notifications (its certificate, its enrolment). */
  notificationId: string;
  institutionId: string;
}

export interface World {
  t: TestApp;
  people: Record<Actor, SignedInUser>;
  /** Side A's session and group: a ticket of A's is no key to B's room, A's group no way to B's findings. */
  a: { courseId: string; moduleId: string; webinarId: string; focusGroupId: string; forumId: string };
  b: SideB;
}

export async function buildWorld(): Promise<World> {
  const t = await startTestApp({
    root: (config) => AppModule.register(config),
    // The certificate renderer, so that learnerB's certificate and coordinatorB's batch are real.
    workerModules: [CertificatesWorkerModule.register({ renderThread: renderThreadFromSources() })],
  });
  const [institutionA, institutionB] = [await createTestInstitution(t.db), await createTestInstitution(t.db)];
  const person = async (
    fullName: string,
    roles: ('learner' | 'trainer' | 'coordinator' | 'admin')[],
    institutionId: string | null,
  ) => signIn(t.api, await createTestUser(t.db, { fullName, roles, institutionId }));
  const people: Record<Actor, SignedInUser> = {
    learnerA: await person('Dewi Lestari', ['learner'], institutionA.id),
    learnerB: await person('Budi Santoso', ['learner'], institutionB.id),
    trainerA: await person('Agus Setiawan', ['trainer'], institutionA.id),
    trainerB: await person('Nur Aini', ['trainer'], institutionB.id),
    coordinatorA: await person('Sri Wahyuni', ['coordinator'], institutionA.id),
    coordinatorB: await person('Rizky Ramadhan', ['coordinator'], institutionB.id),
    admin: await person('Admin Pustaka', ['admin'], null),
  };
  const { api } = t;
  const as = (actor: Actor) => ({ token: people[actor].token });

  // Side A: trainerA's course, learnerA enrolled in its cohort.
  const courseA = await publishedCourse(api, people.trainerA.token, { title: 'Layanan Referensi Digital' });
  const cohortA = await runningCohort(api, people.coordinatorA.token, courseA.id);
  await ok(
    api.post(`/api/cohorts/${cohortA.id}/enrolments`, { userIds: [people.learnerA.id] }, as('coordinatorA')),
    'enrol A',
  );

  // Side B: a certificate template first, so that finishing the course issues one.
  const image = await ok<{ id: string }>(
    api.upload(
      '/api/certificate-images',
      { kind: 'logo' },
      { name: 'logo.png', bytes: SAMPLE_PNG },
      as('coordinatorB'),
    ),
    'logo',
  );
  const template = await ok(
    api.post('/api/certificate-templates', { ...CERTIFICATE_DESIGN, logoImageIds: [image.id] }, as('coordinatorB')),
    'template',
  );
  const course = await publishedCourse(api, people.trainerB.token, { title: 'Katalogisasi dengan RDA' });
  const cohort = await runningCohort(api, people.coordinatorB.token, course.id);
  await enrolAndComplete(api, people.coordinatorB.token, cohort.id, course, [people.learnerB]);
  // A third member of course B, whom trainerB suspends from its forum (a suspension to lift).
  const suspended = await createTestUser(t.db, { fullName: 'Ayu Pratiwi' });
  await ok(
    api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [suspended.id] }, as('coordinatorB')),
    'enrol Ayu',
  );
  const [{ id: enrolmentId }] = await t.db.query(`SELECT id FROM enrolments WHERE user_id = $1`, [people.learnerB.id]);
  const certificate = await until(async () => {
    const [row] = await t.db.query(`SELECT id, code FROM certificates WHERE holder_id = $1 AND status = 'issued'`, [
      people.learnerB.id,
    ]);
    return row as { id: string; code: string } | undefined;
  }, "learnerB's certificate");
  const batch = await ok<{ batch: { id: string } }>(
    api.post(
      '/api/certificate-batches',
      { courseId: course.id, cohortId: cohort.id, role: 'narasumber', userIds: [people.trainerB.id] },
      as('coordinatorB'),
    ),
    'batch',
  );

  const file = await upload(api, people.trainerB.token, 'lesson-file', 'panduan.pdf', await samplePdf());
  const materialFile = await upload(api, people.trainerB.token, 'material', 'pedoman.pdf', await samplePdf());
  const material = await ok(
    api.post(
      '/api/materials',
      { title: 'Pedoman RDA', kind: 'link', url: 'https://www.rdatoolkit.org/' },
      as('trainerB'),
    ),
    'material',
  );

  // Assessment: a bank, a quiz of one single-choice and one essay question, learnerB's attempt with an answer.
  const category = await ok(
    api.post(`/api/courses/${course.id}/question-categories`, { name: 'Dasar' }, as('trainerB')),
    'category',
  );
  const question = await ok(
    api.post(`/api/courses/${course.id}/questions`, { ...SINGLE_CHOICE, categoryId: category.id }, as('trainerB')),
    'question',
  );
  const essay = await ok(
    api.post(`/api/courses/${course.id}/questions`, { ...ESSAY, categoryId: category.id }, as('trainerB')),
    'essay',
  );
  const quiz = await ok(
    api.post(
      '/api/quizzes',
      {
        moduleId: course.modules[0].id,
        title: 'Kuis Katalogisasi',
        published: true,
        selection: { mode: 'fixed', questionIds: [question.id, essay.id] },
        attemptsAllowed: 3,
      },
      as('trainerB'),
    ),
    'quiz',
  );
  const attempt = await ok(api.post(`/api/learn/quizzes/${quiz.id}/attempts`, undefined, as('learnerB')), 'attempt');
  await ok(
    api.put(`/api/quiz-attempts/${attempt.id}/answers/${essay.id}`, { answer: ESSAY_ANSWER, seq: 1 }, as('learnerB')),
    'answer',
  );

  const schedule = (host: Actor, cohortId: string) =>
    ok(
      api.post(
        '/api/webinars',
        {
          title: 'Temu Pustakawan: Katalogisasi',
          description: 'Diskusi daring bersama narasumber.',
          audience: 'cohort',
          cohortId,
          startsAt: hoursFromNow(0.1),
          durationMinutes: 60,
          jp: 2,
        },
        as(host),
      ),
      `${host}'s webinar`,
    );
  const webinarA = await schedule('trainerA', cohortA.id);
  const webinar = await schedule('trainerB', cohort.id);

  // Forum: the course's forum, a question learnerB asks and trainerB answers.
  const forum = await ok(api.get(`/api/forums/course/${course.id}`, as('trainerB')), 'forum');
  const forumA = await ok(api.get(`/api/forums/course/${courseA.id}`, as('trainerA')), "A's forum");
  const thread = await ok<{ thread: { id: string } }>(
    api.post(
      `/api/forums/${forum.id}/threads`,
      { kind: 'question', title: 'Cara menyiangi koleksi lama', bodyMarkdown: 'Bagaimana Anda menyiangi koleksi?' },
      as('learnerB'),
    ),
    'thread',
  );
  const post = await ok(
    api.post(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: 'Mulai dari yang rusak.' },
      as('trainerB'),
    ),
    'post',
  );
  const suspension = await ok(
    api.post(
      '/api/forum-moderation/suspensions',
      { userId: suspended.id, forumId: forum.id, days: 1, reason: 'Uji akses.' },
      as('trainerB'),
    ),
    'suspension',
  );

  // Focus groups: coordinatorB's, trainerB facilitating, learnerB a member; and A's likewise,
  // whose facilitator tries B's findings and actions through A's group.
  const newGroup = (coordinator: Actor, facilitator: Actor, member: Actor) =>
    ok(
      api.post(
        '/api/focus-groups',
        {
          topic: 'Tantangan layanan referensi daring',
          purpose: 'Mendengar kendala pustakawan dalam melayani pertanyaan pemustaka.',
          facilitatorIds: [people[facilitator].id],
          memberIds: [people[member].id],
        },
        as(coordinator),
      ),
      `${coordinator}'s focus group`,
    );
  const groupA = await newGroup('coordinatorA', 'trainerA', 'learnerA');
  const group = await newGroup('coordinatorB', 'trainerB', 'learnerB');
  const groupPath = `/api/focus-groups/${group.id}`;
  const session = await ok(
    api.post(
      `${groupPath}/sessions`,
      { title: 'Sesi 1', startsAt: hoursFromNow(48), durationMinutes: 90, mode: 'in-person', location: 'Ruang Rapat' },
      as('trainerB'),
    ),
    'focus session',
  );
  const finding = await ok(
    api.post(
      `${groupPath}/findings`,
      { challenge: 'Pertanyaan datang di luar jam kerja.', tag: 'layanan', raisedByCount: 1 },
      as('trainerB'),
    ),
    'finding',
  );
  const action = await ok(
    api.post(
      `${groupPath}/actions`,
      { what: 'Menyusun jam layanan daring', ownerId: people.learnerB.id, dueOn: '2027-01-31', findingId: finding.id },
      as('trainerB'),
    ),
    'action',
  );

  // Surveys: trainerB's, and a public one (its slug is the object of the public routes).
  const survey = await ok(
    api.post(
      '/api/surveys',
      { title: 'Evaluasi Katalogisasi', audience: 'signed-in', anonymous: false, definition: EVERY_KIND },
      as('trainerB'),
    ),
    'survey',
  );
  const publicSurvey = await ok<{ id: string; publicSlug: string }>(
    api.post(
      '/api/surveys',
      { title: 'Survei Kepuasan', audience: 'public', anonymous: true, definition: EVERY_KIND },
      as('trainerB'),
    ),
    'public survey',
  );
  for (const id of [survey.id, publicSurvey.id]) {
    await ok(api.put(`/api/surveys/${id}/status`, { status: 'published' }, as('trainerB')), 'publish survey');
  }
  // B's survey is the evaluation of course B and of B's webinar session.
  await ok(
    api.put(`/api/courses/${course.id}/evaluation`, { surveyId: survey.id }, as('trainerB')),
    'course evaluation',
  );
  await ok(
    api.put(`/api/webinars/${webinar.id}/evaluation`, { surveyId: survey.id }, as('trainerB')),
    'webinar evaluation',
  );

  const invitation = await ok(
    api.post(
      '/api/invitations',
      { email: 'calon.b@uji.test', fullName: 'Calon Pustakawan', roles: ['learner'] },
      as('coordinatorB'),
    ),
    'invitation',
  );

  const events = await eventSide(t.db, people);

  const [{ id: notificationId }] = await t.db.query(
    `SELECT id FROM notifications WHERE user_id = $1 AND read_at IS NULL LIMIT 1`,
    [people.learnerB.id],
  );

  return {
    t,
    people,
    a: {
      courseId: courseA.id,
      moduleId: courseA.modules[0].id,
      webinarId: webinarA.id,
      focusGroupId: groupA.id,
      forumId: forumA.id,
    },
    b: {
      course,
      moduleId: course.modules[0].id,
      lessonId: course.modules[0].lessons[0].id,
      cohortId: cohort.id,
      enrolmentId,
      fileId: file.id,
      materialFileId: materialFile.id,
      materialId: material.id,
      categoryId: category.id,
      questionId: question.id,
      essayId: essay.id,
      quizId: quiz.id,
      attemptId: attempt.id,
      templateId: template.id,
      imageId: image.id,
      certificateId: certificate.id,
      certificateCode: certificate.code,
      batchId: batch.batch.id,
      webinarId: webinar.id,
      forumId: forum.id,
      threadId: thread.thread.id,
      postId: post.id,
      suspensionId: suspension.id,
      focusGroupId: group.id,
      focusSessionId: session.id,
      findingId: finding.id,
      actionId: action.id,
      surveyId: survey.id,
      publicSurveyId: publicSurvey.id,
      publicSlug: publicSurvey.publicSlug,
      invitationId: invitation.id,
      notificationId,
      institutionId: institutionB.id,
      ...events,
    },
  };
}
