import { IKM_ELEMENTS, type SurveyDefinition, type SurveyQuestionKind } from '@bina-pustaka/shared-contracts';
import { surveyDefinitionSchema } from '@bina-pustaka/shared-contracts/schemas';

/**
 * Survey definitions for the int specs and the benchmark: one that asks every kind of
 * question (with its right answers), and the nine IKM elements.
 */

export const SATISFACTION_5 = {
  points: 5,
  labels: ['Sangat tidak puas', 'Tidak puas', 'Cukup', 'Puas', 'Sangat puas'],
};

const AGREEMENT_4 = { points: 4, labels: ['Tidak setuju', 'Kurang setuju', 'Setuju', 'Sangat setuju'] };

/** A question as a builder sends it: the fields of its kind, defaults left out (loose, for specs to reshape). */
type DraftQuestion = { id: string; kind: SurveyQuestionKind; text: string } & Record<string, unknown>;
interface DraftSection {
  id: string;
  title: string;
  intro?: string;
  perSpeaker?: boolean;
  questions: DraftQuestion[];
}

/**
 * A training evaluation with one question of each kind, one shown only for an earlier answer
 * (`kurang`, after a lowest `puas`) and a per-speaker block (_Evaluasi Narasumber_), written
 * as a builder sends it (defaults left out; questions required unless they say otherwise).
 * For the database: `everyKindDefinition()`, with every default filled in.
 */
export const EVERY_KIND: { sections: DraftSection[] } = {
  sections: [
    {
      id: 'umum',
      title: 'Penyelenggaraan',
      intro: 'Isi sesuai pengalaman Anda.',
      questions: [
        { id: 'puas', kind: 'likert', text: 'Seberapa puas Anda dengan pelatihan ini?', scale: SATISFACTION_5 },
        { id: 'nilai', kind: 'rating', text: 'Nilai pelatihan ini (1-10)' },
        {
          id: 'cara',
          kind: 'single-choice',
          text: 'Cara mengikuti yang Anda sukai',
          options: [
            { id: 'daring', label: 'Daring' },
            { id: 'luring', label: 'Luring' },
          ],
          allowOther: true,
        },
        {
          id: 'manfaat',
          kind: 'multiple-choice',
          text: 'Bagian yang paling bermanfaat',
          required: false,
          options: [
            { id: 'materi', label: 'Materi' },
            { id: 'narasumber', label: 'Narasumber' },
            { id: 'tempat', label: 'Tempat' },
          ],
        },
        {
          id: 'aspek',
          kind: 'matrix',
          text: 'Penilaian aspek',
          rows: [
            { id: 'jelas', label: 'Materi jelas' },
            { id: 'waktu', label: 'Waktu cukup' },
          ],
          scale: AGREEMENT_4,
        },
        { id: 'kesan', kind: 'short-text', text: 'Kesan singkat', required: false },
        { id: 'saran', kind: 'long-text', text: 'Saran untuk penyelenggara', required: false },
        { id: 'jam', kind: 'number', text: 'Berapa jam Anda belajar mandiri?', min: 0, max: 100, integer: true },
        {
          id: 'mulai',
          kind: 'date',
          text: 'Kapan Anda mulai menerapkan materi?',
          help: 'Perkiraan saja.',
          required: false,
        },
        {
          id: 'kurang',
          kind: 'long-text',
          text: 'Apa yang kurang dari pelatihan ini?',
          showWhen: { questionId: 'puas', equals: '1' },
        },
      ],
    },
    {
      id: 'narasumber',
      title: 'Evaluasi Narasumber',
      perSpeaker: true,
      questions: [
        { id: 'penguasaan', kind: 'likert', text: 'Penguasaan materi', scale: AGREEMENT_4 },
        { id: 'skor', kind: 'rating', text: 'Nilai narasumber (1-10)', required: false },
        { id: 'pesan', kind: 'short-text', text: 'Pesan untuk narasumber', required: false },
      ],
    },
  ],
};

/** EVERY_KIND as stored (every default filled in), a fresh copy each call. */
export function everyKindDefinition(): SurveyDefinition {
  return surveyDefinitionSchema.parse(EVERY_KIND) as SurveyDefinition;
}

/** Right answers to EVERY_KIND's general section (`kurang` stays hidden); the speakers' block is per speaker. */
export const GENERAL_ANSWERS = [
  { questionId: 'puas', number: 4 },
  { questionId: 'nilai', number: 9 },
  { questionId: 'cara', choices: ['lainnya'], text: 'Spanduk di perpustakaan' },
  { questionId: 'manfaat', choices: ['materi', 'narasumber'] },
  { questionId: 'aspek', rows: { jelas: 3, waktu: 2 } },
  { questionId: 'kesan', text: 'Bermanfaat' },
  { questionId: 'saran', text: 'Tambah sesi praktik.' },
  { questionId: 'jam', number: 12 },
  { questionId: 'mulai', date: '2026-11-25' },
];

/** The satisfaction survey (_Survei Kepuasan Masyarakat_): one 4-point question per service element, U1..U9 as q-u1..q-u9. */
export function ikmDefinition(): SurveyDefinition {
  return {
    sections: [
      {
        id: 'unsur',
        title: 'Unsur Pelayanan',
        intro: null,
        perSpeaker: false,
        questions: IKM_ELEMENTS.map((element) => ({
          help: null,
          required: false,
          showWhen: null,
          id: `q-${element.toLowerCase()}`,
          kind: 'likert' as const,
          text: `Penilaian Anda tentang unsur ${element}`,
          scale: { points: 4 as const, labels: ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'] },
          ikmElement: element,
        })),
      },
    ],
  };
}
