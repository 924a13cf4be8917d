import { IKM_ELEMENTS, type SurveyDefinition, type SurveyScale } from '@bina-pustaka/shared-contracts';

/** Survey definitions for the int specs and the benchmark: every question kind, and the nine IKM elements. */

const base = { help: null, required: false, showWhen: null };

export const SATISFACTION_5: SurveyScale = {
  points: 5,
  labels: ['Sangat tidak puas', 'Tidak puas', 'Cukup', 'Puas', 'Sangat puas'],
};

export const AGREEMENT_4: SurveyScale = {
  points: 4,
  labels: ['Tidak setuju', 'Kurang setuju', 'Setuju', 'Sangat setuju'],
};

/** A training evaluation with one question of each kind and a per-speaker block (_Evaluasi Narasumber_). */
export function everyKindDefinition(): SurveyDefinition {
  return {
    sections: [
      {
        id: 'umum',
        title: 'Penyelenggaraan',
        intro: null,
        perSpeaker: false,
        questions: [
          {
            ...base,
            id: 'puas',
            kind: 'likert',
            text: 'Seberapa puas Anda dengan pelatihan ini?',
            scale: SATISFACTION_5,
            ikmElement: null,
          },
          { ...base, id: 'nilai', kind: 'rating', text: 'Nilai pelatihan ini (1-10)' },
          {
            ...base,
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
            ...base,
            id: 'manfaat',
            kind: 'multiple-choice',
            text: 'Bagian yang paling bermanfaat',
            options: [
              { id: 'materi', label: 'Materi' },
              { id: 'narasumber', label: 'Narasumber' },
              { id: 'tempat', label: 'Tempat' },
            ],
            allowOther: false,
          },
          {
            ...base,
            id: 'aspek',
            kind: 'matrix',
            text: 'Penilaian aspek',
            rows: [
              { id: 'jelas', label: 'Materi jelas' },
              { id: 'waktu', label: 'Waktu cukup' },
            ],
            scale: AGREEMENT_4,
          },
          { ...base, id: 'kesan', kind: 'short-text', text: 'Kesan singkat' },
          { ...base, id: 'saran', kind: 'long-text', text: 'Saran untuk penyelenggara' },
          {
            ...base,
            id: 'jam',
            kind: 'number',
            text: 'Berapa jam Anda belajar mandiri?',
            min: 0,
            max: 100,
            integer: true,
          },
          { ...base, id: 'mulai', kind: 'date', text: 'Kapan Anda mulai menerapkan materi?' },
        ],
      },
      {
        id: 'narasumber',
        title: 'Evaluasi Narasumber',
        intro: null,
        perSpeaker: true,
        questions: [
          {
            ...base,
            id: 'penguasaan',
            kind: 'likert',
            text: 'Penguasaan materi',
            scale: AGREEMENT_4,
            ikmElement: null,
          },
          { ...base, id: 'skor', kind: 'rating', text: 'Nilai narasumber (1-10)' },
          { ...base, id: 'pesan', kind: 'short-text', text: 'Pesan untuk narasumber' },
        ],
      },
    ],
  };
}

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
          ...base,
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

/** Definitions the survey int specs build surveys from (as a builder sends them, defaults left out). */
export const SCALE_5 = { points: 5, labels: ['Sangat kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat baik'] };

/** One question of every kind, one of them shown only for an earlier answer. */
export const EVERY_KIND = {
  sections: [
    {
      id: 'umum',
      title: 'Penilaian umum',
      intro: 'Isi sesuai pengalaman Anda.',
      questions: [
        { id: 'q1', kind: 'likert', text: 'Materi mudah dipahami', scale: SCALE_5 },
        { id: 'q2', kind: 'rating', text: 'Nilai pelatihan ini dari 1 sampai 10' },
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
          text: 'Topik lanjutan yang Anda minati',
          options: [
            { id: 'rda', label: 'RDA' },
            { id: 'slims', label: 'SLiMS' },
          ],
        },
        {
          id: 'q5',
          kind: 'matrix',
          text: 'Nilai fasilitas',
          rows: [
            { id: 'ruang', label: 'Ruang' },
            { id: 'konsumsi', label: 'Konsumsi' },
          ],
          scale: { points: 4, labels: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'] },
        },
        { id: 'q6', kind: 'short-text', text: 'Instansi Anda', required: false },
        {
          id: 'q7',
          kind: 'long-text',
          text: 'Apa yang kurang?',
          required: false,
          showWhen: { questionId: 'q1', equals: '1' },
        },
        { id: 'q8', kind: 'number', text: 'Lama bekerja (tahun)', min: 0, max: 45, integer: true },
        { id: 'q9', kind: 'date', text: 'Tanggal Anda mulai bekerja', help: 'Perkiraan saja.' },
      ],
    },
  ],
};
