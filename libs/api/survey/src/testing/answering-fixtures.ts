/**
 * What the answering int specs share: surveys put straight in the database (as the
 * builder would store them), a definition that asks every kind of question, and the
 * counts of the four tables a response writes.
 */
import type { SurveyDefinition } from '@bina-pustaka/shared-contracts';
import { surveyDefinitionSchema } from '@bina-pustaka/shared-contracts/schemas';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SurveyEntity } from '../lib/entities/survey.entity';

const scale4 = { points: 4, labels: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'] };

/** Every question kind, a condition (q10 only after a low q1) and a per-speaker section. */
export const EVERY_KIND: SurveyDefinition = surveyDefinitionSchema.parse({
  sections: [
    {
      id: 'umum',
      title: 'Penyelenggaraan',
      questions: [
        { id: 'q1', kind: 'likert', text: 'Kemudahan pendaftaran', scale: scale4, ikmElement: 'U2' },
        { id: 'q2', kind: 'rating', text: 'Nilai keseluruhan' },
        {
          id: 'q3',
          kind: 'single-choice',
          text: 'Dari mana Anda tahu pelatihan ini?',
          options: [
            { id: 'web', label: 'Situs web' },
            { id: 'teman', label: 'Teman' },
          ],
          allowOther: true,
        },
        {
          id: 'q4',
          kind: 'multiple-choice',
          text: 'Materi yang paling berguna',
          required: false,
          options: [
            { id: 'rda', label: 'RDA' },
            { id: 'marc', label: 'MARC' },
          ],
        },
        {
          id: 'q5',
          kind: 'matrix',
          text: 'Sarana',
          rows: [
            { id: 'ruang', label: 'Ruang' },
            { id: 'wifi', label: 'Wi-Fi' },
          ],
          scale: scale4,
        },
        { id: 'q6', kind: 'short-text', text: 'Satu kata untuk pelatihan ini', required: false },
        { id: 'q7', kind: 'long-text', text: 'Saran Anda', required: false },
        { id: 'q8', kind: 'number', text: 'Lama bekerja (tahun)', min: 0, max: 40, integer: true },
        { id: 'q9', kind: 'date', text: 'Tanggal kunjungan', required: false },
        {
          id: 'q10',
          kind: 'long-text',
          text: 'Apa yang kurang dari pendaftaran?',
          showWhen: { questionId: 'q1', equals: '1' },
        },
      ],
    },
    {
      id: 'narasumber',
      title: 'Evaluasi Narasumber',
      perSpeaker: true,
      questions: [{ id: 'n1', kind: 'likert', text: 'Penguasaan materi', scale: scale4 }],
    },
  ],
}) as SurveyDefinition;

/** Right answers to EVERY_KIND's general section. */
export const GENERAL_ANSWERS = [
  { questionId: 'q1', number: 4 },
  { questionId: 'q2', number: 9 },
  { questionId: 'q3', choices: ['lainnya'], text: 'Spanduk di perpustakaan' },
  { questionId: 'q4', choices: ['rda', 'marc'] },
  { questionId: 'q5', rows: { ruang: 3, wifi: 2 } },
  { questionId: 'q6', text: 'Bermanfaat' },
  { questionId: 'q7', text: 'Tambah sesi praktik.' },
  { questionId: 'q8', number: 12 },
  { questionId: 'q9', date: '2026-11-25' },
];

/** A published survey open now, unless the fields say otherwise. */
export async function insertSurvey(db: DataSource, fields: Partial<SurveyEntity> = {}): Promise<SurveyEntity> {
  return db.getRepository(SurveyEntity).save({
    title: 'Evaluasi Penyelenggaraan Pelatihan',
    description: 'Bantu kami memperbaiki pelatihan berikutnya.',
    status: 'published',
    audience: 'signed-in',
    anonymous: false,
    templateKey: null,
    isTemplate: false,
    definition: EVERY_KIND,
    publicSlug: fields.audience === 'public' ? `skm-${randomBytes(4).toString('hex')}` : null,
    opensAt: null,
    closesAt: null,
    responseLimit: null,
    createdBy: null,
    ...fields,
  });
}

/** Rows of the tables a response writes, and the survey's count. */
export async function responseRows(db: DataSource, surveyId: string) {
  const [row]: Record<string, number>[] = await db.query(
    `SELECT (SELECT count(*)::int FROM survey_responses WHERE survey_id = $1) AS responses,
            (SELECT count(*)::int FROM survey_answers WHERE survey_id = $1) AS answers,
            (SELECT count(*)::int FROM survey_respondents WHERE survey_id = $1) AS respondents,
            (SELECT count(*)::int FROM survey_public_respondents WHERE survey_id = $1) AS "publicRespondents",
            (SELECT response_count FROM surveys WHERE id = $1) AS counted`,
    [surveyId],
  );
  return row;
}
