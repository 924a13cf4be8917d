import type { ApiClient } from '@bina-pustaka/api-testing';
import type { CohortSummary, CourseDetail, StoredFile } from '@bina-pustaka/shared-contracts';
import PDFDocument from 'pdfkit';

/** A real one-page PDF. */
export function samplePdf(text = 'Panduan Katalogisasi'): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A5' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

/** A 1x1 PNG. */
export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The start of an MP4 file (enough for type detection; not playable). */
export const SAMPLE_MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x20]),
  Buffer.from('ftypisom\0\0\x02\0isomiso2avc1mp41'),
  Buffer.alloc(64),
]);

export async function upload(
  api: ApiClient,
  token: string,
  purpose: string,
  name: string,
  bytes: Uint8Array,
): Promise<StoredFile> {
  const response = await api.upload<StoredFile>('/api/files', { purpose }, { name, bytes }, { token });
  if (response.status !== 201) throw new Error(`Upload failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function expectOk<T>(promise: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${what} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * A published course of two modules and four lessons (text, video link, PDF, web link),
 * built over HTTP as a trainer would. Its text and video are short enough to be finished
 * as soon as they are opened (see lesson-pace.ts); tests of pace build longer ones.
 */
export async function publishedCourse(
  api: ApiClient,
  token: string,
  fields: Partial<{ title: string; summary: string; jp: number; category: string }> = {},
): Promise<CourseDetail> {
  let course = await expectOk(
    api.post<CourseDetail>(
      '/api/courses',
      {
        title: 'Katalogisasi Bahan Pustaka Digital',
        summary: 'Dasar RDA untuk pustakawan',
        category: 'pengolahan',
        jp: 4,
        ...fields,
      },
      { token },
    ),
    'create course',
  );
  course = await expectOk(
    api.post<CourseDetail>(`/api/courses/${course.id}/modules`, { title: 'Pengantar' }, { token }),
    'module 1',
  );
  course = await expectOk(
    api.post<CourseDetail>(`/api/courses/${course.id}/modules`, { title: 'Praktik' }, { token }),
    'module 2',
  );
  const [first, second] = course.modules;
  const pdf = await upload(api, token, 'lesson-file', 'panduan.pdf', await samplePdf());
  await expectOk(
    api.post(
      `/api/modules/${first.id}/lessons`,
      { kind: 'text', title: 'Apa itu RDA', bodyMarkdown: '# RDA\n\nResource Description and Access.' },
      { token },
    ),
    'text lesson',
  );
  await expectOk(
    api.post(
      `/api/modules/${first.id}/lessons`,
      // A short clip, so that a test learner can plausibly watch it at once (the server judges the pace).
      { kind: 'video', title: 'Video pengantar', videoUrl: 'https://youtu.be/dQw4w9WgXcQ', videoDurationSeconds: 6 },
      { token },
    ),
    'video lesson',
  );
  await expectOk(
    api.post(`/api/modules/${second.id}/lessons`, { kind: 'file', title: 'Panduan PDF', fileId: pdf.id }, { token }),
    'file lesson',
  );
  await expectOk(
    api.post(
      `/api/modules/${second.id}/lessons`,
      { kind: 'link', title: 'Situs RDA Toolkit', linkUrl: 'https://www.rdatoolkit.org/' },
      { token },
    ),
    'link lesson',
  );
  return expectOk(api.post<CourseDetail>(`/api/courses/${course.id}/publish`, undefined, { token }), 'publish');
}

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

/** A cohort already running and open for enrolment now. */
export async function runningCohort(
  api: ApiClient,
  token: string,
  courseId: string,
  fields: Partial<{
    name: string;
    capacity: number | null;
    selfEnrolment: string;
    startsAt: string;
    endsAt: string;
    enrolOpensAt: string;
    enrolClosesAt: string;
  }> = {},
): Promise<CohortSummary> {
  return expectOk(
    api.post<CohortSummary>(
      `/api/courses/${courseId}/cohorts`,
      {
        name: 'Angkatan 1 Tahun 2026',
        enrolOpensAt: hours(-48),
        enrolClosesAt: hours(24 * 7),
        startsAt: hours(-24),
        endsAt: hours(24 * 30),
        capacity: null,
        selfEnrolment: 'closed',
        ...fields,
      },
      { token },
    ),
    'open cohort',
  );
}

/** Enrols learners in a cohort (as a coordinator) and has each finish every lesson, as the player would. */
export async function enrolAndComplete(
  api: ApiClient,
  coordinatorToken: string,
  cohortId: string,
  course: CourseDetail,
  learners: { id: string; token: string }[],
): Promise<void> {
  await expectOk(
    api.post(
      `/api/cohorts/${cohortId}/enrolments`,
      { userIds: learners.map((learner) => learner.id) },
      { token: coordinatorToken },
    ),
    'enrol',
  );
  const finishing = {
    text: { event: 'reached-end' },
    video: { event: 'video-progress', watchedFraction: 1 },
    file: { event: 'opened' },
    link: { event: 'opened' },
  };
  for (const learner of learners) {
    for (const lesson of course.modules.flatMap((module) => module.lessons)) {
      await expectOk(
        api.post(`/api/learn/lessons/${lesson.id}/progress`, finishing[lesson.kind], { token: learner.token }),
        'lesson progress',
      );
    }
  }
}
