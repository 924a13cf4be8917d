import { createTestInstitution, createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import {
  csvCells,
  ESCAPED_FORMULA_TEXT,
  FORMULA_TEXT,
  formulaCells,
  startTestApp,
  type TestApp,
} from '@bina-pustaka/api-testing';
import type { ApiErrorBody, SurveyQuestionResult, SurveyResults } from '@bina-pustaka/shared-contracts';
import ExcelJS from 'exceljs';
import { everyKindDefinition } from '../testing/survey-definitions';
import {
  insertContexts,
  insertResponses,
  insertSurvey,
  manyResponses,
  type SeedContexts,
} from '../testing/survey-seed';
import { as, signInCast, SURVEY_TEST_APP, type SurveyCast } from '../testing/survey-test-bed';

/** Results per question kind, their filters, the anonymous group of five, who reads them, and the exports. */
describe('survey results and exports', () => {
  let t: TestApp;
  let cast: SurveyCast;
  let agus: SignedInUser;
  let otherTrainer: SignedInUser;
  let context: SeedContexts;
  let institutions: { perpusda: string; kampus: string };
  let named: string;

  const results = (surveyId: string, who: SignedInUser, query = '') =>
    t.api.get<SurveyResults>(`/api/surveys/${surveyId}/results${query}`, as(who));
  const question = (body: SurveyResults, id: string, speakerId: string | null = null): SurveyQuestionResult => {
    const found = body.questions.find((q) => q.questionId === id && (q.speaker?.id ?? null) === speakerId);
    if (!found) throw new Error(`no result for ${id} ${speakerId}`);
    return found;
  };
  const counts = (result: SurveyQuestionResult) => Object.fromEntries(result.counts.map((c) => [c.key, c.count]));

  beforeAll(async () => {
    t = await startTestApp(SURVEY_TEST_APP);
    cast = await signInCast(t);
    agus = await signIn(t.api, await createTestUser(t.db, { fullName: 'Agus Salim', roles: ['trainer'] }));
    otherTrainer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rina Marlina', roles: ['trainer'] }));
    context = await insertContexts(t.db, cast.trainer.id);
    institutions = {
      perpusda: (await createTestInstitution(t.db, 'Perpustakaan Daerah Sukamaju')).id,
      kampus: (await createTestInstitution(t.db, 'Perpustakaan Universitas Sukamaju')).id,
    };
    named = await insertSurvey(t.db, { definition: everyKindDefinition(), createdBy: cast.trainer.id });
    await insertResponses(t.db, named, [
      {
        userId: cast.dewi.id,
        on: '2026-11-03',
        courseId: context.courseId,
        cohortId: context.cohortId,
        institutionId: institutions.perpusda,
        answers: {
          puas: 5,
          nilai: 9,
          cara: ['daring'],
          manfaat: ['materi', 'narasumber'],
          aspek: { rows: { jelas: 4, waktu: 3 } },
          kesan: 'Sangat bermanfaat',
          saran: FORMULA_TEXT,
          jam: 12,
          mulai: { date: '2026-11-01' },
        },
        speakers: {
          [cast.trainer.id]: { penguasaan: 4, skor: 10, pesan: 'Penjelasannya runtut' },
          [agus.id]: { penguasaan: 3, skor: 8 },
        },
      },
      {
        userId: cast.budi.id,
        on: '2026-11-10',
        courseId: context.courseId,
        cohortId: context.cohortId,
        institutionId: institutions.kampus,
        answers: {
          puas: 4,
          nilai: 7,
          cara: { choices: ['lainnya'], text: 'Hibrida' },
          manfaat: ['narasumber'],
          aspek: { rows: { jelas: 3, waktu: 3 } },
          kesan: 'Cukup baik',
          jam: 8,
          mulai: { date: '2026-11-01' },
        },
        speakers: { [cast.trainer.id]: { penguasaan: 3, skor: 8 } },
      },
      {
        on: '2026-12-02',
        webinarSessionId: context.webinarSessionId,
        institutionId: institutions.perpusda,
        answers: {
          puas: 2,
          nilai: 4,
          cara: ['luring'],
          manfaat: ['materi', 'tempat'],
          aspek: { rows: { jelas: 2 } },
          jam: 5,
        },
        speakers: { [agus.id]: { penguasaan: 2, skor: 6 } },
      },
    ]);
  });
  afterAll(() => t.close());

  it('counts and averages every kind of question, with the labels of the definition', async () => {
    const { status, body } = await results(named, cast.trainer);
    expect(status).toBe(200);
    expect(body).toMatchObject({ surveyId: named, anonymous: false, responseCount: 3, suppressed: false });

    const puas = question(body, 'puas');
    expect(puas).toMatchObject({
      kind: 'likert',
      sectionTitle: 'Penyelenggaraan',
      speaker: null,
      answered: 3,
      mean: 3.67,
    });
    expect(puas.counts).toEqual([
      { key: '1', label: 'Sangat tidak puas', count: 0 },
      { key: '2', label: 'Tidak puas', count: 1 },
      { key: '3', label: 'Cukup', count: 0 },
      { key: '4', label: 'Puas', count: 1 },
      { key: '5', label: 'Sangat puas', count: 1 },
    ]);
    const nilai = question(body, 'nilai');
    expect(nilai.counts).toHaveLength(10);
    expect(counts(nilai)).toMatchObject({ '4': 1, '7': 1, '9': 1, '10': 0 });
    expect(nilai.mean).toBe(6.67);

    expect(question(body, 'cara').counts).toEqual([
      { key: 'daring', label: 'Daring', count: 1 },
      { key: 'luring', label: 'Luring', count: 1 },
      { key: 'lainnya', label: 'Lainnya', count: 1 },
    ]);
    expect(question(body, 'cara').texts).toEqual(['Hibrida']);
    expect(question(body, 'manfaat')).toMatchObject({ answered: 3, mean: null });
    expect(counts(question(body, 'manfaat'))).toEqual({ materi: 2, narasumber: 2, tempat: 1 });

    const aspek = question(body, 'aspek');
    expect(aspek.answered).toBe(3);
    expect(aspek.rows.map((row) => [row.rowId, row.label, row.mean, row.counts.map((c) => c.count)])).toEqual([
      ['jelas', 'Materi jelas', 3, [0, 1, 1, 1]],
      ['waktu', 'Waktu cukup', 3, [0, 0, 2, 0]],
    ]);
    // A named survey lists its texts newest first.
    expect(question(body, 'kesan')).toMatchObject({ answered: 2, texts: ['Cukup baik', 'Sangat bermanfaat'] });
    expect(question(body, 'saran').texts).toEqual([FORMULA_TEXT]);
    expect(question(body, 'jam')).toMatchObject({ kind: 'number', answered: 3, mean: 8.33, counts: [] });
    expect(question(body, 'mulai').counts).toEqual([{ key: '2026-11-01', label: '1 November 2026', count: 2 }]);
  });

  it('gives one block per speaker of a per-speaker section, in name order', async () => {
    const { body } = await results(named, cast.coordinator);
    const blocks = body.questions.filter((q) => q.questionId === 'penguasaan').map((q) => q.speaker);
    expect(blocks).toEqual([
      { id: agus.id, fullName: 'Agus Salim' },
      { id: cast.trainer.id, fullName: 'Nur Aini' },
    ]);
    expect(question(body, 'penguasaan', agus.id)).toMatchObject({ answered: 2, mean: 2.5 });
    expect(question(body, 'skor', cast.trainer.id)).toMatchObject({ answered: 2, mean: 9 });
    expect(question(body, 'pesan', cast.trainer.id).texts).toEqual(['Penjelasannya runtut']);
    expect(question(body, 'pesan', agus.id)).toMatchObject({ answered: 0, texts: [] });
  });

  it.each([
    ['course', () => `?courseId=${context.courseId}`, 2],
    ['cohort', () => `?cohortId=${context.cohortId}`, 2],
    ['webinar session', () => `?webinarSessionId=${context.webinarSessionId}`, 1],
    ['institution', () => `?institutionId=${institutions.perpusda}`, 2],
    ['period from', () => '?from=2026-11-04', 2],
    ['period to', () => '?to=2026-11-10', 2],
    ['one day', () => '?from=2026-11-10&to=2026-11-10', 1],
    ['a speaker', () => `?speakerId=${agus.id}`, 2],
  ])('filters by %s', async (_, query, expected) => {
    const { status, body } = await results(named, cast.coordinator, query());
    expect(status).toBe(200);
    expect(body.responseCount).toBe(expected);
    expect(question(body, 'puas').answered).toBe(expected);
  });

  it('keeps only that speaker’s blocks under a speaker filter', async () => {
    const { body } = await results(named, cast.coordinator, `?speakerId=${agus.id}`);
    expect(new Set(body.questions.filter((q) => q.speaker).map((q) => q.speaker?.id))).toEqual(new Set([agus.id]));
    expect(question(body, 'kesan').texts).toEqual(['Sangat bermanfaat']);
  });

  it('refuses bad filters with a sentence', async () => {
    const reversed = await t.api.get<ApiErrorBody>(
      `/api/surveys/${named}/results?from=2026-12-01&to=2026-11-01`,
      as(cast.coordinator),
    );
    expect(reversed.status).toBe(422);
    expect(reversed.body.code).toBe('survey.periodOrder');
    expect((await t.api.get(`/api/surveys/${named}/results?courseId=bukan-id`, as(cast.coordinator))).status).toBe(400);
    expect((await t.api.get(`/api/surveys/${named}/results?from=25-11-2026`, as(cast.coordinator))).status).toBe(400);
    expect((await t.api.get(`/api/surveys/${named}/results?sort=x`, as(cast.coordinator))).status).toBe(400);
  });

  it('shows a survey to the coordinators and its author; another trainer gets 404, a learner 403', async () => {
    expect((await results(named, cast.coordinator)).status).toBe(200);
    expect((await results(named, otherTrainer)).status).toBe(404);
    expect((await results(named, cast.dewi)).status).toBe(403);
    expect((await results('00000000-0000-4000-8000-000000000000', cast.coordinator)).status).toBe(404);
    for (const path of ['ikm', 'export.csv', 'export.xlsx']) {
      expect((await t.api.get(`/api/surveys/${named}/${path}`, as(otherTrainer))).status).toBe(404);
    }
  });

  it('shows an anonymous group of fewer than five its count and no figure; five or more in full', async () => {
    const anonymous = await insertSurvey(t.db, {
      anonymous: true,
      definition: everyKindDefinition(),
      createdBy: cast.trainer.id,
    });
    await insertResponses(
      t.db,
      anonymous,
      manyResponses(4, (i) => ({ on: `2026-11-0${i + 1}`, answers: { puas: 4, kesan: `Kesan ${i}` } })),
    );
    const small = await results(anonymous, cast.coordinator);
    expect(small.body).toMatchObject({ anonymous: true, responseCount: 4, suppressed: true, questions: [] });
    const refused = await t.api.get<ApiErrorBody>(`/api/surveys/${anonymous}/export.csv`, as(cast.coordinator));
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('sedikitnya 5 jawaban');

    await insertResponses(t.db, anonymous, [{ on: '2026-11-20', answers: { puas: 2, kesan: 'Kesan 4' } }]);
    const five = await results(anonymous, cast.coordinator);
    expect(five.body).toMatchObject({ responseCount: 5, suppressed: false });
    expect(question(five.body, 'puas')).toMatchObject({ answered: 5, mean: 3.6 });
    expect([...question(five.body, 'kesan').texts].sort()).toEqual([
      'Kesan 0',
      'Kesan 1',
      'Kesan 2',
      'Kesan 3',
      'Kesan 4',
    ]);
    // An anonymous survey is read by whole months: a period from 2 November is November's.
    const month = await results(anonymous, cast.coordinator, '?from=2026-11-02');
    expect(month.body).toMatchObject({ responseCount: 5, suppressed: false });

    // Two answer in December. The whole survey (7) shows; November alone (5) would, set
    // against the whole, give December's two away, and so would December alone: counts only.
    await insertResponses(
      t.db,
      anonymous,
      manyResponses(2, () => ({ on: '2026-12-03', answers: { puas: 1 } })),
    );
    expect((await results(anonymous, cast.coordinator)).body).toMatchObject({ responseCount: 7, suppressed: false });
    for (const period of ['?to=2026-11-30', '?from=2026-11-01&to=2026-11-30', '?from=2026-12-01']) {
      const narrowed = await results(anonymous, cast.coordinator, period);
      expect({ period, ...narrowed.body }).toMatchObject({ period, suppressed: true, questions: [] });
    }
    const download = await t.api.get<ApiErrorBody>(`/api/surveys/${anonymous}/export.csv?to=2026-11-30`, {
      ...as(cast.coordinator),
    });
    expect(download.status).toBe(422);
  });

  it('hides an anonymous group that one to four responses set apart from the group without its filter', async () => {
    const anonymous = await insertSurvey(t.db, {
      anonymous: true,
      definition: everyKindDefinition(),
      createdBy: cast.trainer.id,
    });
    const inCohort = { on: '2026-11-05', courseId: context.courseId, cohortId: context.cohortId };
    await insertResponses(t.db, anonymous, [
      ...manyResponses(6, () => ({ ...inCohort, answers: { puas: 4 } })),
      { on: '2026-11-06', courseId: context.courseId, answers: { puas: 1 } },
    ]);
    // Six in the cohort, seven in the course: the one outside the cohort would be the difference.
    const cohort = await results(anonymous, cast.coordinator, `?cohortId=${context.cohortId}`);
    expect(cohort.body).toMatchObject({ responseCount: 6, suppressed: true });
    expect((await results(anonymous, cast.coordinator)).body).toMatchObject({ responseCount: 7, suppressed: false });

    await insertResponses(
      t.db,
      anonymous,
      manyResponses(4, () => ({ on: '2026-11-07', courseId: context.courseId, answers: { puas: 2 } })),
    );
    const apart = await results(anonymous, cast.coordinator, `?cohortId=${context.cohortId}`);
    expect(apart.body).toMatchObject({ responseCount: 6, suppressed: false });
    expect(question(apart.body, 'puas')).toMatchObject({ answered: 6, mean: 4 });
  });

  it('exports one row per response as CSV: day, name, institution, a column per question, formula-safe', async () => {
    const response = await t.api.get<string>(`/api/surveys/${named}/export.csv`, as(cast.trainer));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(response.headers.get('content-disposition')).toContain('Evaluasi%20Penyelenggaraan%20Pelatihan.csv');
    const [header, ...rows] = csvCells(response.body);
    expect(header.slice(0, 4)).toEqual(['Tanggal', 'Nama', 'Instansi', 'Seberapa puas Anda dengan pelatihan ini?']);
    expect(header).toContain('Penilaian aspek - Materi jelas');
    expect(header).toContain('Narasumber: Agus Salim - Penguasaan materi');
    expect(header).toContain('Narasumber: Nur Aini - Pesan untuk narasumber');
    const cellOf = (row: string[], title: string) => row[header.indexOf(title)];
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['3 November 2026', 'Dewi Lestari', 'Perpustakaan Daerah Sukamaju'],
      ['10 November 2026', 'Budi Santoso', 'Perpustakaan Universitas Sukamaju'],
      ['2 Desember 2026', '', 'Perpustakaan Daerah Sukamaju'],
    ]);
    expect(cellOf(rows[0], 'Bagian yang paling bermanfaat')).toBe('Materi; Narasumber');
    expect(cellOf(rows[1], 'Cara mengikuti yang Anda sukai')).toBe('Lainnya: Hibrida');
    expect(cellOf(rows[0], 'Penilaian aspek - Waktu cukup')).toBe('3');
    expect(cellOf(rows[0], 'Kapan Anda mulai menerapkan materi?')).toBe('1 November 2026');
    expect(cellOf(rows[2], 'Narasumber: Agus Salim - Nilai narasumber (1-10)')).toBe('6');
    expect(cellOf(rows[0], 'Saran untuk penyelenggara')).toBe(ESCAPED_FORMULA_TEXT);
    expect(formulaCells(response.body)).toEqual([]);

    const [audit] = await t.db.query(
      `SELECT subject_type, subject_id, details FROM audit_entries WHERE action = 'export.personal_data' AND actor_id = $1`,
      [cast.trainer.id],
    );
    expect(audit).toEqual({
      subject_type: 'survey',
      subject_id: named,
      details: { report: 'survey-responses', rows: 3 },
    });
  });

  it('exports the same rows as XLSX: bold frozen header, widths, text that cannot run', async () => {
    const file = await t.api.download(
      `/api/surveys/${named}/export.xlsx?courseId=${context.courseId}`,
      as(cast.coordinator),
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('Tanggal');
    expect(sheet.getRow(1).font?.bold ?? sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(10);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const saran = header.indexOf('Saran untuk penyelenggara') + 1;
    expect(sheet.getRow(2).getCell(saran).value).toBe(ESCAPED_FORMULA_TEXT);
    expect(sheet.getRow(2).getCell(header.indexOf('Seberapa puas Anda dengan pelatihan ini?') + 1).value).toBe(5);
    expect(sheet.getRow(3).getCell(2).value).toBe('Budi Santoso');
  });

  it('exports an anonymous survey without day, name or institution', async () => {
    const anonymous = await insertSurvey(t.db, {
      anonymous: true,
      definition: everyKindDefinition(),
      createdBy: cast.trainer.id,
    });
    await insertResponses(
      t.db,
      anonymous,
      manyResponses(6, (i) => ({ institutionId: institutions.kampus, answers: { puas: (i % 5) + 1 } })),
    );
    const response = await t.api.get<string>(`/api/surveys/${anonymous}/export.csv`, as(cast.coordinator));
    expect(response.status).toBe(200);
    const [header, ...rows] = csvCells(response.body);
    expect(header[0]).toBe('Seberapa puas Anda dengan pelatihan ini?');
    expect(header).not.toContain('Nama');
    expect(header).not.toContain('Instansi');
    expect(header).not.toContain('Tanggal');
    expect(rows.map((row) => row[0]).sort()).toEqual(['1', '1', '2', '3', '4', '5']);
  });
});
