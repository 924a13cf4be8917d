import type { CourseCategory, LessonKind } from '@bina-pustaka/shared-contracts';

interface DemoLesson {
  title: string;
  kind: LessonKind;
  minutes: number;
  markdown?: string;
  pdfTitle?: string;
  linkUrl?: string;
}

export interface DemoCourse {
  key: string;
  title: string;
  summary: string;
  description: string;
  category: CourseCategory;
  jp: number;
  skkniUnits: string[];
  owner: string;
  published: boolean;
  modules: { title: string; lessons: DemoLesson[] }[];
}

/** The demo library's courses: three published, one still a draft (Indonesian content). */
export const DEMO_COURSES: DemoCourse[] = [
  {
    key: 'rda',
    title: 'Katalogisasi Bahan Pustaka dengan RDA',
    summary: 'Mendeskripsikan buku dan sumber digital dengan standar Resource Description and Access.',
    description:
      'Pelatihan ini membekali pustakawan untuk membuat cantuman katalog sesuai **RDA**: mengenali entitas, memilih unsur deskripsi, dan menyusun titik akses.\n\nCocok untuk pustakawan ahli pertama dan pengelola perpustakaan sekolah.',
    category: 'pengolahan',
    jp: 6,
    skkniUnits: ['J.91LPS00.009.2', 'J.91LPS00.010.2'],
    owner: 'pelatih.siti@perpustakaan.test',
    published: true,
    modules: [
      {
        title: 'Pengantar RDA',
        lessons: [
          {
            title: 'Mengapa beralih ke RDA?',
            kind: 'text',
            minutes: 15,
            markdown:
              '## Dari AACR2 ke RDA\n\nRDA dirancang untuk lingkungan digital. Fokusnya pada **entitas** (karya, ekspresi, manifestasi, item) dan hubungan antarentitas.\n\n- Deskripsi yang lebih lengkap\n- Data yang dapat dipakai ulang\n- Dukungan untuk sumber daring\n\n> Mulailah dari sumber informasi utama: halaman judul.',
          },
          {
            title: 'Model IFLA LRM secara ringkas',
            kind: 'text',
            minutes: 10,
            markdown:
              'IFLA LRM menyatukan FRBR, FRAD, dan FRSAD. Entitas utamanya: **karya**, **ekspresi**, **manifestasi**, dan **item**, beserta **agen** yang membuatnya.',
          },
        ],
      },
      {
        title: 'Praktik Katalogisasi',
        lessons: [
          {
            title: 'Lembar kerja: deskripsi buku cetak',
            kind: 'file',
            minutes: 30,
            pdfTitle: 'Lembar Kerja Katalogisasi RDA',
          },
          { title: 'Kamus istilah RDA (tautan)', kind: 'link', minutes: 10, linkUrl: 'https://www.rdatoolkit.org/' },
        ],
      },
    ],
  },
  {
    key: 'referensi',
    title: 'Layanan Referensi Digital',
    summary: 'Menjawab pertanyaan pemustaka melalui obrolan, surel, dan media sosial dengan cepat dan tepat.',
    description:
      'Praktik layanan referensi virtual: wawancara referensi, penelusuran sumber tepercaya, dan etika layanan.',
    category: 'layanan',
    jp: 4,
    skkniUnits: ['J.91LPS00.015.2'],
    owner: 'pelatih.agus@perpustakaan.test',
    published: true,
    modules: [
      {
        title: 'Wawancara Referensi',
        lessons: [
          {
            title: 'Lima langkah wawancara referensi',
            kind: 'text',
            minutes: 20,
            markdown:
              '1. Sapa dengan ramah\n2. Dengarkan kebutuhan\n3. Ajukan pertanyaan terbuka\n4. Telusuri bersama\n5. Pastikan jawaban memuaskan',
          },
          {
            title: 'Panduan layanan referensi',
            kind: 'file',
            minutes: 20,
            pdfTitle: 'Panduan Layanan Referensi Digital',
          },
        ],
      },
    ],
  },
  {
    key: 'literasi',
    title: 'Literasi Informasi untuk Pemustaka',
    summary: 'Mengajarkan pemustaka menilai keandalan informasi dan menghindari hoaks.',
    description: 'Model literasi informasi dan cara mengajarkannya dalam kelas singkat di perpustakaan.',
    category: 'literasi',
    jp: 3,
    skkniUnits: [],
    owner: 'pelatih.siti@perpustakaan.test',
    published: true,
    modules: [
      {
        title: 'Menilai Sumber Informasi',
        lessons: [
          {
            title: 'Metode CRAAP',
            kind: 'text',
            minutes: 15,
            markdown: 'Nilai sumber dari **Currency, Relevance, Authority, Accuracy, Purpose**.',
          },
          { title: 'Situs cek fakta', kind: 'link', minutes: 10, linkUrl: 'https://turnbackhoax.id/' },
        ],
      },
    ],
  },
  {
    key: 'arsip',
    title: 'Pengelolaan Arsip Digital',
    summary: 'Digitalisasi dan pelestarian arsip perpustakaan (masih disusun).',
    description: 'Draf pelatihan.',
    category: 'pelestarian',
    jp: 5,
    skkniUnits: [],
    owner: 'pelatih.siti@perpustakaan.test',
    published: false,
    modules: [
      {
        title: 'Perencanaan Digitalisasi',
        lessons: [{ title: 'Menyusun rencana', kind: 'text', minutes: 15, markdown: 'Draf materi.' }],
      },
    ],
  },
];
