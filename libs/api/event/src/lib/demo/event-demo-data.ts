import type {
  EventKind,
  EventPersonRole,
  EventProgrammeItem,
  EventQuestion,
  EventSeriesSchedule,
  EventVenue,
} from '@bina-pustaka/shared-contracts';

/** A demo account by the name before `@perpustakaan.test`, or a person without an account. */
export interface DemoEventPerson {
  role: EventPersonRole;
  account?: string;
  name: string;
  affiliation: string | null;
  creditedHours?: number;
}

/** When, in WIB: days from today and the clock times of the one day. */
export interface DemoEventDay {
  inDays: number;
  from: string;
  to: string;
}

export interface DemoEvent {
  kind: EventKind;
  title: string;
  summary: string;
  /** Markdown, as an organiser writes it. */
  description: string;
  day: DemoEventDay;
  venue: EventVenue;
  capacity: number;
  programme: Omit<EventProgrammeItem, 'day'>[];
  people: DemoEventPerson[];
  /** Institutions of the identity demo (DEMO_PARTNERS), by name. */
  partners: string[];
  questions: EventQuestion[];
  /** Partner staff who manage the event beside the coordinator. */
  organisers: string[];
  book?: string;
}

const LIBRARY_HALL: EventVenue = {
  name: 'Aula Dinas Perpustakaan dan Kearsipan Kota Sukamaju',
  address: 'Jl. Pahlawan No. 12, Kel. Kotabaru, Kec. Gondokusuman',
  city: 'Sukamaju',
  latitude: -7.7829,
  longitude: 110.3785,
};

const MULTIMEDIA_ROOM: EventVenue = {
  ...LIBRARY_HALL,
  name: 'Ruang Multimedia Perpustakaan Kota Sukamaju, Lantai 2',
};

const READING_GARDEN: EventVenue = {
  name: 'Taman Baca Kampung Sukamaju Membaca',
  address: 'Jl. Kenari Gg. Melati No. 7, Kel. Semaki',
  city: 'Sukamaju',
  latitude: null,
  longitude: null,
};

export const DEMO_DATA_PURPOSE =
  'Nama dan email Anda dipakai untuk tiket, presensi di pintu masuk, dan sertifikat acara ini. Data tamu dihapus 365 hari setelah acara; Anda dapat meminta penghapusan lebih awal dari tautan di email.';

/** The published book launch the Lighthouse benchmark opens (`/acara/<its slug>`). */
export const DEMO_BOOK_LAUNCH: DemoEvent = {
  kind: 'book-launch',
  title: 'Peluncuran Buku "Jejak Rempah di Pesisir Sukamaju"',
  summary:
    'Bedah buku bersama penulisnya: kisah jalur rempah dan kampung nelayan Sukamaju dari arsip dan ingatan warga.',
  description: [
    'Perpustakaan Kota Sukamaju bersama Komunitas Literasi Sukamaju Membaca meluncurkan buku **Jejak Rempah di Pesisir Sukamaju** karya Ratna Kusumawardani.',
    '',
    'Buku ini ditulis dari arsip kota, foto keluarga, dan wawancara dengan para nelayan tua. Dalam acara ini penulis bercerita tentang proses risetnya, dan pembahas dari Universitas Sukamaju mengulas buku dari sisi sejarah lokal.',
    '',
    '- Gratis dan terbuka untuk umum',
    '- Tersedia buku bertanda tangan penulis',
    '- Peserta mendapat sertifikat elektronik',
  ].join('\n'),
  day: { inDays: 14, from: '09:00', to: '12:30' },
  venue: LIBRARY_HALL,
  capacity: 150,
  programme: [
    { startsAt: '08:30', endsAt: '09:00', title: 'Registrasi ulang peserta', by: 'Panitia' },
    { startsAt: '09:00', endsAt: '09:15', title: 'Pembukaan dan sambutan Kepala Dinas', by: null },
    { startsAt: '09:15', endsAt: '10:15', title: 'Cerita di balik buku', by: 'Ratna Kusumawardani' },
    {
      startsAt: '10:15',
      endsAt: '11:00',
      title: 'Ulasan buku dari sisi sejarah lokal',
      by: 'Dr. Wahyu Hidayat, M.Hum.',
    },
    { startsAt: '11:00', endsAt: '11:45', title: 'Tanya jawab', by: 'Moderator' },
    { startsAt: '11:45', endsAt: '12:30', title: 'Penandatanganan buku dan foto bersama', by: null },
  ],
  people: [
    { role: 'author', name: 'Ratna Kusumawardani', affiliation: 'Penulis, Sukamaju' },
    { role: 'speaker', name: 'Dr. Wahyu Hidayat, M.Hum.', affiliation: 'Universitas Sukamaju' },
    { role: 'moderator', account: 'nur.aini', name: 'Nur Aini', affiliation: 'Komunitas Literasi Sukamaju Membaca' },
    { role: 'committee', account: 'koordinator', name: 'Bambang Sutrisno, S.IP.', affiliation: null },
  ],
  partners: ['Komunitas Literasi Sukamaju Membaca', 'Universitas Sukamaju'],
  questions: [
    {
      id: 'sumber-info',
      kind: 'single-choice',
      label: 'Dari mana Anda mengetahui acara ini?',
      required: false,
      options: ['Grup WhatsApp', 'Instagram perpustakaan', 'Teman atau keluarga', 'Lainnya'],
    },
  ],
  organisers: ['nur.aini'],
};

/** A literacy class whose facilitating librarians are credited with hours in their learning record. */
export const DEMO_LITERACY_CLASS: DemoEvent = {
  kind: 'literacy',
  title: 'Kelas Literasi Informasi: Menelusur Sumber Tepercaya di Internet',
  summary: 'Belajar memeriksa kebenaran berita, menilai situs, dan menelusur jurnal terbuka bersama pustakawan.',
  description: [
    'Kelas praktik untuk siswa SMA, mahasiswa, dan masyarakat umum. Bawa ponsel atau laptop Anda.',
    '',
    'Materi: mengenali hoaks dan judul pancingan, menilai sumber dengan metode CRAAP, serta mencari artikel di Garuda dan DOAJ.',
  ].join('\n'),
  day: { inDays: 21, from: '13:00', to: '16:00' },
  venue: MULTIMEDIA_ROOM,
  capacity: 30,
  programme: [
    { startsAt: '13:00', endsAt: '13:45', title: 'Mengenali hoaks dan judul pancingan', by: 'Dewi Lestari' },
    { startsAt: '13:45', endsAt: '14:45', title: 'Menilai sumber dengan metode CRAAP', by: 'Fitri Handayani' },
    {
      startsAt: '15:00',
      endsAt: '16:00',
      title: 'Praktik menelusur jurnal terbuka',
      by: 'Dewi Lestari, Fitri Handayani',
    },
  ],
  people: [
    { role: 'facilitator', account: 'dewi.lestari', name: 'Dewi Lestari', affiliation: null, creditedHours: 3 },
    { role: 'facilitator', account: 'fitri.handayani', name: 'Fitri Handayani', affiliation: null, creditedHours: 3 },
  ],
  partners: ['SMA Negeri 1 Sukamaju'],
  questions: [],
  organisers: [],
};

export const DEMO_READING_CLUB = {
  title: 'Klub Membaca Sukamaju',
  description: 'Membaca satu buku sastra Indonesia sebulan dan membincangkannya bersama setiap Sabtu kedua.',
  /** Every second Saturday (0 = Sunday), 15.00-17.00 WIB. */
  schedule: {
    weekday: 6,
    weekOfMonth: 2,
    startTime: '15:00',
    endTime: '17:00',
    timeZone: 'Asia/Jakarta',
  } satisfies EventSeriesSchedule,
  books: ['Laskar Pelangi (Andrea Hirata)', 'Bumi Manusia (Pramoedya Ananta Toer)'],
  venue: READING_GARDEN,
  capacity: 25,
  organisers: ['nur.aini'],
  partners: ['Komunitas Literasi Sukamaju Membaca'],
};

/** Held a month ago; some of those registered came and were scanned in at the door. */
export const DEMO_PAST_EXHIBITION: DemoEvent = {
  kind: 'book-exhibition',
  title: 'Pameran Buku Penulis Lokal Sukamaju 2026',
  summary: 'Pameran karya penulis dan penerbit indie Sukamaju, dengan lapak baca gratis untuk anak.',
  description: 'Lebih dari 200 judul karya penulis lokal dipamerkan bersama SMA Negeri 1 Sukamaju.',
  day: { inDays: -30, from: '09:00', to: '15:00' },
  venue: LIBRARY_HALL,
  capacity: 100,
  programme: [
    { startsAt: '09:00', endsAt: '09:30', title: 'Pembukaan pameran', by: null },
    { startsAt: '10:00', endsAt: '11:30', title: 'Lapak baca anak', by: 'Komunitas Literasi Sukamaju Membaca' },
  ],
  people: [{ role: 'committee', account: 'koordinator', name: 'Bambang Sutrisno, S.IP.', affiliation: null }],
  partners: ['SMA Negeri 1 Sukamaju'],
  questions: [],
  organisers: [],
};

/** Who registered for the exhibition (members by account, guests by email) and whether they came. */
export const DEMO_EXHIBITION_VISITORS: { account?: string; name: string; email?: string; came: boolean }[] = [
  { account: 'budi.santoso', name: 'Budi Santoso', came: true },
  { account: 'ayu.pratiwi', name: 'Ayu Pratiwi', came: true },
  { account: 'rizky.ramadhan', name: 'Rizky Ramadhan', came: false },
  { name: 'Sri Wahyuni', email: 'sri.wahyuni@contoh.id', came: true },
  { name: 'Andi Saputra', email: 'andi.saputra@contoh.id', came: true },
  { name: 'Lestari Handoko', email: 'lestari.handoko@contoh.id', came: false },
];
