import type {
  IkmElement,
  SurveyDefinition,
  SurveyQuestion,
  SurveyScale,
  SurveyTemplateKey,
} from '@bina-pustaka/shared-contracts';

/**
 * The three seeded templates, as migration 1765300000001 stores them. A migration's data is
 * frozen once it has run: a later change to a template is a new migration, not an edit here.
 * Ids are the short keys results read across copies (a trainer's `n1` over every session).
 */
export interface SurveyTemplate {
  key: SurveyTemplateKey;
  title: string;
  description: string;
  audience: 'signed-in' | 'public';
  definition: SurveyDefinition;
}

const scale = (...labels: string[]): SurveyScale => ({ points: labels.length as 4 | 5, labels });

const AGREE = scale('Sangat tidak setuju', 'Tidak setuju', 'Netral', 'Setuju', 'Sangat setuju');
const QUALITY = scale('Sangat kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat baik');

const likert = (id: string, text: string, on: SurveyScale, ikmElement: IkmElement | null = null): SurveyQuestion => ({
  id,
  kind: 'likert',
  text,
  help: null,
  required: true,
  showWhen: null,
  scale: on,
  ikmElement,
});

const choice = (id: string, text: string, labels: Record<string, string>, allowOther = false): SurveyQuestion => ({
  id,
  kind: 'single-choice',
  text,
  help: null,
  required: false,
  showWhen: null,
  options: Object.entries(labels).map(([option, label]) => ({ id: option, label })),
  allowOther,
});

const suggestions = (id: string, text: string): SurveyQuestion => ({
  id,
  kind: 'long-text',
  text,
  help: 'Boleh dikosongkan.',
  required: false,
  showWhen: null,
});

const section = (id: string, title: string, intro: string | null, questions: SurveyQuestion[], perSpeaker = false) => ({
  id,
  title,
  intro,
  perSpeaker,
  questions,
});

const EVALUASI_PENYELENGGARAAN: SurveyDefinition = {
  sections: [
    section('materi', 'Materi pelatihan', 'Seberapa setuju Anda dengan pernyataan berikut?', [
      likert('m1', 'Materi sesuai dengan kebutuhan pekerjaan saya di perpustakaan.', AGREE),
      likert('m2', 'Materi disusun runtut dan mudah dipahami.', AGREE),
      likert('m3', 'Bahan ajar (modul, salindia, bacaan) membantu saya belajar.', AGREE),
    ]),
    section('metode', 'Metode pembelajaran', null, [
      likert('mt1', 'Metode pembelajaran (ceramah, diskusi, praktik) sesuai dengan materi.', AGREE),
      likert('mt2', 'Saya mendapat cukup kesempatan untuk bertanya dan berdiskusi.', AGREE),
      likert('mt3', 'Tugas dan kuis membantu saya memahami materi.', AGREE),
    ]),
    section('waktu', 'Waktu', null, [
      likert('w1', 'Jumlah JP sesuai dengan keluasan materi.', AGREE),
      likert('w2', 'Setiap sesi dimulai dan selesai tepat waktu.', AGREE),
    ]),
    section('fasilitas', 'Fasilitas dan platform', null, [
      likert('f1', 'Ruang pelatihan atau platform daring nyaman dan mudah digunakan.', QUALITY),
      likert('f2', 'Suara dan gambar pada sesi webinar jelas.', QUALITY),
    ]),
    section('panitia', 'Panitia', null, [
      likert('p1', 'Panitia memberikan informasi yang jelas sebelum dan selama pelatihan.', QUALITY),
      likert('p2', 'Panitia tanggap terhadap pertanyaan dan kendala peserta.', QUALITY),
    ]),
    section('keseluruhan', 'Penilaian keseluruhan', null, [
      {
        id: 'rekomendasi',
        kind: 'rating',
        text: 'Seberapa besar kemungkinan Anda merekomendasikan pelatihan ini kepada rekan pustakawan?',
        help: '1 berarti sangat kecil, 10 berarti sangat besar.',
        required: true,
        showWhen: null,
      },
      choice(
        'manfaat',
        'Bagian mana yang paling bermanfaat bagi pekerjaan Anda?',
        { materi: 'Materi', praktik: 'Praktik dan studi kasus', diskusi: 'Diskusi dengan peserta lain' },
        true,
      ),
      suggestions('saran', 'Saran Anda untuk pelatihan berikutnya'),
    ]),
  ],
};

const EVALUASI_NARASUMBER: SurveyDefinition = {
  sections: [
    section(
      'narasumber',
      'Narasumber',
      'Berikan penilaian Anda untuk narasumber berikut.',
      [
        likert('n1', 'Penguasaan materi', QUALITY),
        likert('n2', 'Cara penyampaian materi', QUALITY),
        likert('n3', 'Ketepatan waktu', QUALITY),
        likert('n4', 'Interaksi dengan peserta', QUALITY),
        likert('n5', 'Kejelasan jawaban atas pertanyaan peserta', QUALITY),
        suggestions('masukan', 'Masukan untuk narasumber'),
      ],
      true,
    ),
  ],
};

/** The questionnaire of PermenPANRB 14/2017's appendix, in its own words, one element each (U1..U9). */
const SURVEI_KEPUASAN: SurveyDefinition = {
  sections: [
    section('profil', 'Profil responden', 'Data ini hanya dipakai untuk mengolah hasil survei, tanpa nama.', [
      choice('jk', 'Jenis kelamin', { l: 'Laki-laki', p: 'Perempuan' }),
      choice('pendidikan', 'Pendidikan terakhir', {
        sd: 'SD atau di bawahnya',
        smp: 'SMP',
        sma: 'SMA/SMK',
        d3: 'D1/D2/D3',
        s1: 'D4/S1',
        s2: 'S2 atau di atasnya',
      }),
      choice(
        'pekerjaan',
        'Pekerjaan',
        {
          asn: 'PNS/ASN',
          tni: 'TNI/Polri',
          swasta: 'Pegawai swasta',
          wirausaha: 'Wirausaha',
          pelajar: 'Pelajar/Mahasiswa',
        },
        true,
      ),
    ]),
    section('unsur', 'Pendapat Anda tentang layanan kami', 'Pilih satu jawaban yang paling sesuai.', [
      likert(
        'u1',
        'Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
        scale('Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
        'U1',
      ),
      likert(
        'u2',
        'Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?',
        scale('Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'),
        'U2',
      ),
      likert(
        'u3',
        'Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?',
        scale('Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'),
        'U3',
      ),
      likert(
        'u4',
        'Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?',
        scale('Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'),
        'U4',
      ),
      likert(
        'u5',
        'Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
        scale('Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
        'U5',
      ),
      likert(
        'u6',
        'Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?',
        scale('Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'),
        'U6',
      ),
      likert(
        'u7',
        'Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
        scale('Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'),
        'U7',
      ),
      likert(
        'u8',
        'Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?',
        scale('Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'),
        'U8',
      ),
      likert(
        'u9',
        'Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?',
        scale('Buruk', 'Cukup', 'Baik', 'Sangat baik'),
        'U9',
      ),
    ]),
    section('masukan', 'Saran dan masukan', null, [
      suggestions('saran', 'Apa saran Anda agar layanan kami lebih baik?'),
    ]),
  ],
};

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    key: 'evaluasi-penyelenggaraan',
    title: 'Evaluasi Penyelenggaraan Pelatihan',
    description:
      'Pendapat peserta tentang materi, metode, waktu, fasilitas, dan panitia pelatihan. Jawaban Anda membantu kami menyusun pelatihan berikutnya.',
    audience: 'signed-in',
    definition: EVALUASI_PENYELENGGARAAN,
  },
  {
    key: 'evaluasi-narasumber',
    title: 'Evaluasi Narasumber',
    description: 'Penilaian peserta untuk setiap narasumber pelatihan atau webinar.',
    audience: 'signed-in',
    definition: EVALUASI_NARASUMBER,
  },
  {
    key: 'survei-kepuasan',
    title: 'Survei Kepuasan Masyarakat',
    description:
      'Sembilan unsur pelayanan menurut PermenPANRB Nomor 14 Tahun 2017. Jawaban Anda tanpa nama dan membantu kami meningkatkan layanan.',
    audience: 'public',
    definition: SURVEI_KEPUASAN,
  },
];
