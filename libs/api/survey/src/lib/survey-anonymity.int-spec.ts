import fs from 'node:fs';
import { createTestInstitution } from '@bina-pustaka/api-identity/testing';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { IKM_ELEMENTS, type SurveyResults } from '@bina-pustaka/shared-contracts';
import ExcelJS from 'exceljs';
import { everyKindDefinition, ikmDefinition } from '../testing/survey-definitions';
import {
  insertContexts,
  insertRespondents,
  insertResponses,
  insertSurvey,
  manyResponses,
  type SeedResponse,
} from '../testing/survey-seed';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';

/**
 * The linkage test (issue 14, "Anonymity that holds"): Dewi and Budi answer anonymous surveys
 * (stored as the answering stage stores them: who answered in survey_respondents, what was
 * answered in responses with no user and only the day). Every answer of every route that
 * shows results, the IKM, the speakers' roll-up, the CSV and the XLSX, and the api's own log
 * lines, must hold neither person's id, name nor email, and no time finer than the day.
 */
describe('anonymous answers cannot be linked to their authors', () => {
  let t: TestApp;
  let cast: SurveyCast;
  let people: { id: string; fullName: string; email: string }[];
  const collected: string[] = [];
  const logged: string[] = [];
  const stdoutWrites = captureStdout(logged);

  const keep = (label: string, text: string) => collected.push(`${label}\n${text}`);

  beforeAll(async () => {
    // The request log at its most talkative: one line per request, with its URL.
    t = await startTestApp({ ...SURVEY_TEST_APP, env: { LOG_LEVEL: 'trace' } });
    cast = await signInCast(t);
    people = [cast.dewi, cast.budi].map((who) => ({ id: who.id, fullName: who.user.fullName, email: who.email }));
    const context = await insertContexts(t.db, cast.trainer.id);
    const institution = (await createTestInstitution(t.db, 'Perpustakaan Kota Sukamaju')).id;
    const filed: SeedResponse = {
      courseId: context.courseId,
      cohortId: context.cohortId,
      institutionId: institution,
    };

    const evaluation = await insertSurvey(t.db, {
      anonymous: true,
      definition: everyKindDefinition(),
      createdBy: cast.trainer.id,
    });
    const satisfaction = await insertSurvey(t.db, {
      title: 'Survei Kepuasan Masyarakat',
      anonymous: true,
      definition: ikmDefinition(),
      createdBy: cast.trainer.id,
    });
    // Dewi and Budi answer (their gate rows beside unsigned responses), with three colleagues.
    await insertRespondents(t.db, evaluation, [cast.dewi.id, cast.budi.id], `course:${context.courseId}`);
    await insertRespondents(t.db, satisfaction, [cast.dewi.id, cast.budi.id]);
    await insertResponses(
      t.db,
      evaluation,
      manyResponses(5, (i) => ({
        ...filed,
        on: `2026-11-0${i + 1}`,
        answers: {
          puas: (i % 5) + 1,
          cara: { choices: ['lainnya'], text: `Cara ${i}` },
          kesan: `Kesan ke-${i}`,
          mulai: { date: '2026-11-20' },
        },
        speakers: { [cast.trainer.id]: { penguasaan: 3, skor: 8, pesan: `Pesan ${i}` } },
      })),
    );
    await insertResponses(
      t.db,
      satisfaction,
      manyResponses(5, (i) => ({
        on: `2026-11-0${i + 1}`,
        answers: Object.fromEntries(IKM_ELEMENTS.map((element) => [`q-${element.toLowerCase()}`, 3])),
      })),
    );

    const filters = [
      '',
      `?courseId=${context.courseId}`,
      `?cohortId=${context.cohortId}`,
      `?webinarSessionId=${context.webinarSessionId}`,
      `?institutionId=${institution}`,
      `?speakerId=${cast.trainer.id}`,
      '?from=2026-11-01&to=2026-11-30',
      '?from=2026-11-03&to=2026-11-03',
    ];
    for (const who of [cast.coordinator, cast.trainer]) {
      for (const surveyId of [evaluation, satisfaction]) {
        for (const filter of filters) {
          const results = await t.api.get(`/api/surveys/${surveyId}/results${filter}`, as(who));
          keep(`results ${filter}`, JSON.stringify(results.body));
          const csv = await t.api.get<string>(`/api/surveys/${surveyId}/export.csv${filter}`, as(who));
          keep(`csv ${filter}`, typeof csv.body === 'string' ? csv.body : JSON.stringify(csv.body));
          keep(`csv headers ${filter}`, JSON.stringify([...csv.headers.entries()]));
          const xlsx = await t.api.download(`/api/surveys/${surveyId}/export.xlsx${filter}`, as(who));
          keep(`xlsx ${filter}`, xlsx.status === 200 ? await xlsxText(xlsx.bytes) : xlsx.bytes.toString());
        }
        for (const query of ['?by=month', '?by=year', '?from=2026-11-03&to=2026-11-03']) {
          keep(`ikm ${query}`, JSON.stringify((await t.api.get(`/api/surveys/${surveyId}/ikm${query}`, as(who))).body));
        }
      }
      keep(
        'speaker',
        JSON.stringify((await t.api.get(`/api/survey-speakers/${cast.trainer.id}/evaluation`, as(who))).body),
      );
    }
  });
  afterAll(async () => {
    stdoutWrites.mockRestore();
    await t.close();
  });

  it('has read every route it owns, and their answers hold figures', () => {
    expect(collected.length).toBeGreaterThan(100);
    expect(collected.some((text) => text.includes('Kesan ke-4'))).toBe(true);
    expect(collected.some((text) => text.includes('"ikm":75'))).toBe(true);
  });

  it('no answer, export or log line names either person by id, name or email', () => {
    const everything = [...collected, ...logged].join('\n').toLowerCase();
    for (const person of people) {
      for (const mark of [person.id, person.fullName, person.email])
        expect(everything).not.toContain(mark.toLowerCase());
    }
  });

  it('no answer, export or log line carries a response time finer than the day', () => {
    for (const text of collected) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/);
      expect(text).not.toMatch(/\b\d{2}[.:]\d{2}\s*(WIB|WITA|WIT)\b/);
    }
  });

  it('lists anonymous texts in no order of time', () => {
    // Five texts, each written on a different day, read a dozen times: more than one order shows up.
    const orders = collected
      .filter((text) => text.startsWith('results '))
      .map((text) => JSON.parse(text.slice(text.indexOf('\n') + 1)) as SurveyResults)
      .flatMap((results) => results.questions.filter((q) => q.questionId === 'kesan' && q.texts.length === 5))
      .map((question) => question.texts.join('|'));
    expect(orders.length).toBeGreaterThanOrEqual(10);
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it('the api logged its requests, and the log was read', () => {
    expect(logged.join('')).toContain(`/api/survey-speakers/${cast.trainer.id}/evaluation`);
  });

  it("a person's download holds their named answers and the surveys they answered, never an anonymous answer", async () => {
    const named = await insertSurvey(t.db, { title: 'Survei Layanan Internal', definition: everyKindDefinition() });
    await insertRespondents(t.db, named, [cast.dewi.id]);
    await insertResponses(t.db, named, [
      {
        userId: cast.dewi.id,
        answers: { puas: 4, manfaat: ['materi', 'tempat'], aspek: { rows: { jelas: 3 } }, kesan: 'Ruang baca nyaman' },
        speakers: { [cast.trainer.id]: { skor: 9 } },
      },
    ]);
    const download = await t.api.get<{ surveys: DownloadedSurveys }>('/api/me/data', as(cast.dewi));
    expect(download.status).toBe(200);
    expect(download.body.surveys.responses).toEqual([
      {
        survey: 'Survei Layanan Internal',
        day: '2026-11-25',
        answers: [
          { question: 'Seberapa puas Anda dengan pelatihan ini?', answer: '4 (Puas)' },
          { question: 'Bagian yang paling bermanfaat', answer: 'Materi; Tempat' },
          { question: 'Penilaian aspek - Materi jelas', answer: '3 (Setuju)' },
          { question: 'Kesan singkat', answer: 'Ruang baca nyaman' },
          { question: 'Narasumber: Nur Aini - Nilai narasumber (1-10)', answer: '9' },
        ],
      },
    ]);
    expect(download.body.surveys.answered).toHaveLength(3);
    expect(JSON.stringify(download.body.surveys)).not.toMatch(/Kesan ke-|Cara \d|Pesan \d/);
  });

  it('deleting the account unlinks their named response, keeps it counted, and forgets which surveys they answered', async () => {
    const deleted = await t.api.post(
      '/api/me/deletion',
      { password: cast.dewi.password, confirmation: 'HAPUS' },
      as(cast.dewi),
    );
    expect(deleted.status).toBe(204);
    const [left] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM survey_responses WHERE user_id = $1) AS linked,
              (SELECT count(*)::int FROM survey_respondents WHERE user_id = $1) AS answered,
              (SELECT count(*)::int FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
                WHERE s.title = 'Survei Layanan Internal') AS kept`,
      [cast.dewi.id],
    );
    expect(left).toEqual({ linked: 0, answered: 0, kept: 1 });
  });
});

interface DownloadedSurveys {
  responses: { survey: string; day: string; answers: { question: string; answer: string }[] }[];
  answered: unknown[];
}

/** Everything the api process writes to its standard output (the pino log), kept as text. */
function captureStdout(into: string[]) {
  const write = fs.write;
  const spy = jest.spyOn(fs, 'write').mockImplementation(((fd: number, buffer: unknown, ...rest: unknown[]) => {
    if (fd === 1) into.push(String(buffer));
    return (write as (...args: unknown[]) => void)(fd, buffer, ...rest);
  }) as typeof fs.write);
  return spy;
}

/** Every cell of an exported workbook, as text. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\t');
}
