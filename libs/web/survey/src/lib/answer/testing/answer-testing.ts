import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SurveyForm, SurveyQuestion, UserRef } from '@bina-pustaka/shared-contracts';
import en from '../../i18n/en.json';
import id from '../../i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

/** Transloco with the real survey scope (as `survey.*`) and the few shared words the pages use. */
export function surveyTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        survey: id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi', loading: 'Memuat…' },
      },
      en: { survey: en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

export const SURVEY_ID = '6f1d2c1e-6666-4c3a-9b1a-000000000001';
export const COURSE_ID = '6f1d2c1e-6666-4c3a-9b1a-000000000002';
export const SITI: UserRef = { id: '6f1d2c1e-6666-4c3a-9b1a-0000000000a1', fullName: 'Siti Rahma' };
export const BUDI: UserRef = { id: '6f1d2c1e-6666-4c3a-9b1a-0000000000a2', fullName: 'Budi Santoso' };

const base = { help: null, required: true, showWhen: null };
const PUAS = { points: 4 as const, labels: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'] };

/** Every kind of question, in the order a respondent meets them. */
export const QUESTIONS: SurveyQuestion[] = [
  {
    ...base,
    id: 'q1',
    kind: 'likert',
    text: 'Seberapa puas Anda dengan pelatihan ini?',
    scale: PUAS,
    ikmElement: null,
  },
  {
    ...base,
    id: 'q2',
    kind: 'rating',
    text: 'Beri nilai untuk materi pelatihan.',
    help: '1 sangat kurang, 10 sangat baik.',
  },
  {
    ...base,
    id: 'q3',
    kind: 'single-choice',
    text: 'Dari mana Anda tahu pelatihan ini?',
    options: [
      { id: 'web', label: 'Situs perpustakaan' },
      { id: 'teman', label: 'Rekan kerja' },
    ],
    allowOther: true,
  },
  {
    ...base,
    id: 'q4',
    kind: 'multiple-choice',
    text: 'Materi mana yang paling berguna?',
    options: [
      { id: 'katalog', label: 'Katalogisasi' },
      { id: 'digital', label: 'Perpustakaan digital' },
    ],
    allowOther: true,
  },
  {
    ...base,
    id: 'q5',
    kind: 'matrix',
    text: 'Nilai fasilitas pelatihan.',
    rows: [
      { id: 'ruang', label: 'Ruang kelas' },
      { id: 'konsumsi', label: 'Konsumsi' },
    ],
    scale: PUAS,
  },
  { ...base, id: 'q6', kind: 'short-text', text: 'Satu kata untuk pelatihan ini.', required: false },
  { ...base, id: 'q7', kind: 'long-text', text: 'Saran untuk pelatihan berikutnya.', required: false },
  {
    ...base,
    id: 'q8',
    kind: 'number',
    text: 'Berapa tahun Anda bekerja di perpustakaan?',
    min: 0,
    max: 50,
    integer: true,
  },
  { ...base, id: 'q9', kind: 'date', text: 'Kapan Anda mulai bekerja di perpustakaan?', required: false },
];

/**
 * A course evaluation: one section with every kind, then the speakers' block for Siti and
 * Budi, whose second question is asked only when the first was answered with 1 (likert).
 */
export function surveyForm(changes: Partial<SurveyForm> = {}): SurveyForm {
  const speakerQuestions: SurveyQuestion[] = [
    { ...base, id: 'n1', kind: 'likert', text: 'Penguasaan materi oleh narasumber.', scale: PUAS, ikmElement: null },
    {
      ...base,
      id: 'n2',
      kind: 'long-text',
      text: 'Apa yang perlu diperbaiki?',
      showWhen: { questionId: 'n1', equals: '1' },
    },
  ];
  const speakerSection = (speaker: UserRef) => ({
    id: 'narasumber',
    title: 'Evaluasi narasumber',
    intro: null,
    perSpeaker: true,
    speaker,
    questions: speakerQuestions,
  });
  return {
    surveyId: SURVEY_ID,
    title: 'Evaluasi Pelatihan Katalogisasi',
    description: 'Bantu kami memperbaiki pelatihan berikutnya.',
    anonymous: false,
    audience: 'signed-in',
    closesAt: null,
    sections: [
      {
        id: 'umum',
        title: 'Penyelenggaraan',
        intro: 'Tentang pelatihan secara umum.',
        perSpeaker: false,
        speaker: null,
        questions: QUESTIONS,
      },
      speakerSection(SITI),
      speakerSection(BUDI),
    ],
    answered: false,
    closedReason: null,
    ...changes,
  };
}

/** A one-question public survey (the satisfaction survey's first element). */
export function publicForm(changes: Partial<SurveyForm> = {}): SurveyForm {
  return {
    ...surveyForm(),
    title: 'Survei Kepuasan Masyarakat',
    anonymous: true,
    audience: 'public',
    sections: [
      {
        id: 'skm',
        title: 'Pelayanan',
        intro: null,
        perSpeaker: false,
        speaker: null,
        questions: [
          {
            ...base,
            id: 'u1',
            kind: 'likert',
            text: 'Kesesuaian persyaratan pelayanan.',
            scale: PUAS,
            ikmElement: 'U1',
          },
        ],
      },
    ],
    ...changes,
  };
}
