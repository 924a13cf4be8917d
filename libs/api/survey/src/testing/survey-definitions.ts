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
