import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './support/browser';
import { apiAs } from './support/api';
import { signIn } from './support/session';

/**
 * Stored XSS (issue 12): what people write (names, titles, descriptions, lesson texts, forum
 * posts, essay questions and answers, webinar sessions) is
 * shown to trainers, coordinators and admins as text, in a real browser. Every payload
 * would set `window.__xss` if it ran; the pages must show the words and never turn them
 * into elements, handlers or script links. The page's CSP would block inline handlers
 * anyway, so the journey checks the DOM itself, not only that nothing ran.
 */
const TRAINER = 'pelatih.agus@perpustakaan.test';
const COORDINATOR = 'koordinator@perpustakaan.test';
const ADMIN = 'admin@perpustakaan.test';
/** A demo learner no other journey uses: this one renames them. */
const LEARNER = 'hendra.gunawan@perpustakaan.test';
const RUN = Date.now().toString(36).slice(-5).toUpperCase();

/** A one-line payload for plain-text fields: HTML, a handler and an Angular template expression. */
const inline = (label: string) => `${label} <img src=x onerror=window.__xss=1> {{7*7}} ${RUN}`;
const LEARNER_NAME = inline('Hendra');
const COURSE = inline('Pelatihan');
const MODULE = inline('Modul');
const LESSON = inline('Materi');
const COHORT = inline('Angkatan');
const THREAD = inline('Topik');
const REPORT_DETAILS = inline('Alasan laporan');
const QUIZ = inline('Kuis');
const ESSAY_PROMPT = inline('Soal esai');
const ESSAY_ANSWER = `${inline('Jawaban esai')}\n<script>window.__xss=1</script> <a href="javascript:window.__xss=1">tautan</a>`;
const WEBINAR = inline('Webinar');

/** Markdown with raw HTML and script links: rendered on the server, sanitized, then shown with [innerHTML]. */
const RICH_TEXT = [
  `Teks yang aman ${RUN}.`,
  '',
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '<svg onload="window.__xss=1"><circle r="5"/></svg>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">tautan berbahaya</a>',
  '[tautan markdown](javascript:window.__xss=1)',
  '<p style="background:url(javascript:window.__xss=1)" onclick="window.__xss=1">paragraf bergaya</p>',
  '<form action="javascript:window.__xss=1"><button>kirim</button></form>',
  '',
  `Akhir teks {{7*7}} ${RUN}.`,
].join('\n');

/** What the page made of the payloads: anything here means written text became markup. */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push('a payload ran (window.__xss)');
    for (const element of Array.from(document.querySelectorAll('main *, header *, nav *'))) {
      for (const attribute of Array.from(element.attributes)) {
        const value = attribute.value.trim().toLowerCase();
        if (attribute.name.startsWith('on')) found.push(`${element.tagName} ${attribute.name}`);
        if (['href', 'src', 'action', 'formaction'].includes(attribute.name) && value.startsWith('javascript:')) {
          found.push(`${element.tagName} ${attribute.name}=${value}`);
        }
        if (attribute.name === 'style' && value.includes('javascript:')) found.push(`${element.tagName} style`);
      }
      if (['SCRIPT', 'IFRAME', 'FORM', 'SVG', 'svg'].includes(element.tagName) && element.closest('.rich-text')) {
        found.push(`${element.tagName} inside written text`);
      }
      if (element.tagName === 'IMG' && element.getAttribute('src') === 'x') found.push('IMG src=x');
    }
    return found;
  });
}

async function expectShownAsText(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor();
  expect(await injectedMarkup(page)).toEqual([]);
}

describe('stored XSS: what people write is shown as text to the staff who read it', () => {
  const browsers: Browser[] = [];
  let courseId = '';
  let cohortId = '';
  let lessonId = '';

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('setup: a learner, a course, a lesson and a cohort, each with payloads in what people type (api)', async () => {
    const learner = await apiAs(LEARNER);
    await learner('PATCH', '/api/me', { fullName: LEARNER_NAME });

    const trainer = await apiAs(TRAINER);
    const course = await trainer<{ id: string }>('POST', '/api/courses', {
      title: COURSE,
      summary: inline('Ringkasan'),
      description: RICH_TEXT,
      category: 'pengolahan',
      jp: 2,
    });
    courseId = course.id;
    const outline = await trainer<{ modules: { id: string }[] }>('POST', `/api/courses/${courseId}/modules`, {
      title: MODULE,
    });
    const withLesson = await trainer<{ modules: { lessons: { id: string }[] }[] }>(
      'POST',
      `/api/modules/${outline.modules[0].id}/lessons`,
      { kind: 'text', title: LESSON, bodyMarkdown: RICH_TEXT, estimatedMinutes: 1 },
    );
    lessonId = withLesson.modules[0].lessons[0].id;
    await trainer('POST', `/api/courses/${courseId}/publish`);

    const coordinator = await apiAs(COORDINATOR);
    const day = 86_400_000;
    const cohort = await coordinator<{ id: string }>('POST', `/api/courses/${courseId}/cohorts`, {
      name: COHORT,
      enrolOpensAt: new Date(Date.now() - day).toISOString(),
      enrolClosesAt: new Date(Date.now() + 7 * day).toISOString(),
      startsAt: new Date(Date.now() - day).toISOString(),
      endsAt: new Date(Date.now() + 30 * day).toISOString(),
    });
    cohortId = cohort.id;
    await coordinator(
      'POST',
      `/api/cohorts/${cohortId}/enrolments/import`,
      `email,nama\n${LEARNER},Hendra\n`,
      'text/csv',
    );
  });

  it('the learner reads the course page and the lesson: rich text keeps its words, loses its scripts', async () => {
    const browser = await openBrowser();
    browsers.push(browser);
    const { page } = browser;
    await signIn(page, LEARNER);
    await expectShownAsText(page, LEARNER_NAME.slice(0, 20));

    await page.goto(`/pelatihan/${courseId}`);
    await expectShownAsText(page, COURSE);
    await expectShownAsText(page, `Teks yang aman ${RUN}.`);
    await expectShownAsText(page, `Akhir teks {{7*7}} ${RUN}.`);
    await page.getByText('tautan berbahaya').first().waitFor();

    await page.goto(`/belajar/${courseId}/materi/${lessonId}`);
    await page.getByRole('heading', { name: LESSON, level: 2 }).waitFor();
    await expectShownAsText(page, `Akhir teks {{7*7}} ${RUN}.`);

    // The check itself works: markup that did get in is found.
    await page.evaluate(() =>
      document
        .querySelector('.rich-text')
        ?.insertAdjacentHTML('beforeend', '<a href="javascript:void 0">x</a><img src="x">'),
    );
    expect(await injectedMarkup(page)).toEqual(['A href=javascript:void 0', 'IMG src=x']);
  });

  it('the trainer edits the course: titles and the description preview stay text', async () => {
    const browser = await openBrowser();
    browsers.push(browser);
    const { page } = browser;
    await signIn(page, TRAINER);
    await page.goto(`/kelola/pelatihan/${courseId}`);
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await expectShownAsText(page, COURSE);
    await page
      .getByRole('navigation', { name: 'Bagian pengelolaan pelatihan' })
      .getByRole('link', { name: 'Kurikulum' })
      .click();
    await page.getByRole('heading', { name: 'Kurikulum', level: 2 }).waitFor();
    await expectShownAsText(page, MODULE);
    await expectShownAsText(page, LESSON);
  });

  it('the coordinator reads the cohort and the admin the user list: the renamed learner is plain text', async () => {
    const coordinator = await openBrowser();
    browsers.push(coordinator);
    await signIn(coordinator.page, COORDINATOR);
    await coordinator.page.goto(`/kelola/angkatan/${cohortId}`);
    await expectShownAsText(coordinator.page, COHORT);
    await expectShownAsText(coordinator.page, LEARNER_NAME);

    const admin = await openBrowser();
    browsers.push(admin);
    await signIn(admin.page, ADMIN);
    await admin.page.goto(`/admin/pengguna?q=${encodeURIComponent('hendra')}`);
    await expectShownAsText(admin.page, LEARNER_NAME);
  });

  it('forums: a thread, a reply naming the learner and a report are shown as text to the coordinator who moderates', async () => {
    const learner = await apiAs(LEARNER);
    const trainer = await apiAs(TRAINER);
    const me = await learner<{ id: string }>('GET', '/api/me');
    const home = await learner<{ community: { id: string; title: string }[] }>('GET', '/api/forums');
    const general = home.community.find((forum) => forum.title === 'Umum')?.id ?? '';
    const opened = await learner<{ thread: { id: string } }>('POST', `/api/forums/${general}/threads`, {
      title: THREAD,
      bodyMarkdown: RICH_TEXT,
    });
    const threadId = opened.thread.id;
    const reply = await trainer<{ id: string }>('POST', `/api/forum-threads/${threadId}/posts`, {
      bodyMarkdown: `Terima kasih [@Hendra](mention:${me.id}).\n\n${RICH_TEXT}`,
    });
    await learner('POST', `/api/forum-posts/${reply.id}/report`, { reason: 'other', details: REPORT_DETAILS });

    const coordinator = await openBrowser();
    browsers.push(coordinator);
    const { page } = coordinator;
    await signIn(page, COORDINATOR);
    await page.goto(`/forum/topik/${threadId}`);
    await page.getByRole('heading', { name: THREAD, level: 1 }).waitFor();
    await expectShownAsText(page, THREAD);
    await expectShownAsText(page, `@${LEARNER_NAME}`);
    await expectShownAsText(page, `Akhir teks {{7*7}} ${RUN}.`);

    await page.goto('/forum/moderasi');
    await expectShownAsText(page, REPORT_DETAILS);
    await expectShownAsText(page, THREAD);
  });

  it('quizzes: an essay question, its rubric and the learner’s essay are text in the trainer’s grading queue', async () => {
    const trainer = await apiAs(TRAINER);
    await trainer('POST', `/api/courses/${courseId}/questions/import`, {
      format: 'bina-pustaka.question-bank',
      version: 1,
      categories: ['Esai'],
      questions: [
        {
          category: 'Esai',
          prompt: ESSAY_PROMPT,
          points: 10,
          feedback: { correct: null, incorrect: null, general: null },
          body: { type: 'essay', rubric: inline('Rubrik') },
        },
      ],
    });
    const questions = await trainer<{ id: string; prompt: string }[]>('GET', `/api/courses/${courseId}/questions`);
    const essay = questions.find((question) => question.prompt === ESSAY_PROMPT)?.id ?? '';
    const outline = await trainer<{ modules: { id: string }[] }>('GET', `/api/courses/${courseId}`);
    const quiz = await trainer<{ id: string }>('POST', '/api/quizzes', {
      moduleId: outline.modules[0].id,
      title: QUIZ,
      published: true,
      selection: { mode: 'fixed', questionIds: [essay] },
      attemptsAllowed: 1,
      passingScore: 50,
    });
    const learner = await apiAs(LEARNER);
    const attempt = await learner<{ id: string }>('POST', `/api/learn/quizzes/${quiz.id}/attempts`);
    await learner('PUT', `/api/quiz-attempts/${attempt.id}/answers/${essay}`, {
      answer: { type: 'essay', text: ESSAY_ANSWER },
      seq: 1,
    });
    await learner('POST', `/api/quiz-attempts/${attempt.id}/submit`);

    const browser = await openBrowser();
    browsers.push(browser);
    const { page } = browser;
    await signIn(page, TRAINER);
    await page.goto(`/kelola/kuis/${quiz.id}/esai`);
    await expectShownAsText(page, QUIZ);
    await expectShownAsText(page, ESSAY_PROMPT);
    await expectShownAsText(page, inline('Rubrik'));
    await expectShownAsText(page, inline('Jawaban esai'));
    await expectShownAsText(page, LEARNER_NAME);
  });

  it('webinars: a session’s title and description are text for the learner who is invited to it', async () => {
    const trainer = await apiAs(TRAINER);
    const session = await trainer<{ id: string }>('POST', '/api/webinars', {
      title: WEBINAR,
      description: inline('Deskripsi webinar'),
      courseId,
      audience: 'course',
      startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      durationMinutes: 60,
      jp: 1,
    });
    const browser = await openBrowser();
    browsers.push(browser);
    const { page } = browser;
    await signIn(page, LEARNER);
    await page.goto('/webinar');
    await expectShownAsText(page, WEBINAR);
    await page.goto(`/webinar/${session.id}`);
    await expectShownAsText(page, inline('Deskripsi webinar'));
  });
});
