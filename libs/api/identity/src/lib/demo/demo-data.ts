import type { InstitutionKind, Role } from '@bina-pustaka/shared-contracts';

/** Shared by every demo account; listed in the README. Seeded only when DEMO_SEED=true. */
export const DEMO_PASSWORD = 'PustakaDemo2026';

export const DEMO_INSTITUTION = {
  name: 'Dinas Perpustakaan dan Kearsipan Kota Sukamaju',
  city: 'Sukamaju',
  kind: 'library' as const,
  website: 'https://perpustakaan.sukamaju.example',
  description: 'Perpustakaan umum kota: layanan baca, pembinaan pustakawan, dan program literasi masyarakat.',
};

/** The organisations the demo library runs programmes with (events show them as partners). */
export const DEMO_PARTNERS: {
  name: string;
  city: string;
  kind: InstitutionKind;
  website: string | null;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}[] = [
  {
    name: 'Universitas Sukamaju',
    city: 'Sukamaju',
    kind: 'university',
    website: 'https://www.unsuka.example',
    description: 'Program Studi Ilmu Perpustakaan: narasumber pelatihan dan kelas literasi informasi.',
    contactName: 'Dr. Wahyu Hidayat, M.Hum.',
    contactEmail: 'prodi.ip@unsuka.example',
    contactPhone: '0274551234',
  },
  {
    name: 'Komunitas Literasi Sukamaju Membaca',
    city: 'Sukamaju',
    kind: 'community',
    website: null,
    description: 'Taman bacaan dan klub membaca bulanan di kampung-kampung kota.',
    contactName: 'Sari Wulandari',
    contactEmail: 'halo@sukamajumembaca.example',
    contactPhone: '081234567890',
  },
  {
    name: 'SMA Negeri 1 Sukamaju',
    city: 'Sukamaju',
    kind: 'school',
    website: 'https://sman1.sukamaju.example',
    description: 'Mitra pameran buku dan gerakan literasi sekolah.',
    contactName: 'Drs. Joko Prasetyo',
    contactEmail: 'perpustakaan@sman1.sukamaju.example',
    contactPhone: '+6281398765432',
  },
];

export interface DemoAccount {
  email: string;
  fullName: string;
  roles: Role[];
  nip: string | null;
  position: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@perpustakaan.test',
    fullName: 'Rina Marlina, S.Kom.',
    roles: ['admin'],
    nip: '198503122010012003',
    position: 'Pranata Komputer Ahli Muda',
  },
  {
    email: 'koordinator@perpustakaan.test',
    fullName: 'Bambang Sutrisno, S.IP.',
    roles: ['coordinator'],
    nip: '197811052005011002',
    position: 'Pustakawan Ahli Madya',
  },
  {
    email: 'pelatih.siti@perpustakaan.test',
    fullName: 'Dr. Siti Rahmawati, M.Hum.',
    roles: ['trainer'],
    nip: '197604182001122001',
    position: 'Pustakawan Ahli Utama',
  },
  {
    email: 'pelatih.agus@perpustakaan.test',
    fullName: 'Agus Setiawan, S.Sos., M.I.P.',
    roles: ['trainer'],
    nip: null,
    position: 'Narasumber Literasi Informasi',
  },
  {
    email: 'dewi.lestari@perpustakaan.test',
    fullName: 'Dewi Lestari',
    roles: ['learner'],
    nip: '199002142015032004',
    position: 'Pustakawan Ahli Pertama',
  },
  {
    email: 'budi.santoso@perpustakaan.test',
    fullName: 'Budi Santoso',
    roles: ['learner'],
    nip: '198807232014021001',
    position: 'Pustakawan Terampil',
  },
  {
    email: 'ayu.pratiwi@perpustakaan.test',
    fullName: 'Ayu Pratiwi',
    roles: ['learner'],
    nip: null,
    position: 'Pengelola Perpustakaan Sekolah',
  },
  {
    email: 'rizky.ramadhan@perpustakaan.test',
    fullName: 'Rizky Ramadhan',
    roles: ['learner'],
    nip: '199512092019031002',
    position: 'Pustakawan Ahli Pertama',
  },
  {
    email: 'nur.aini@perpustakaan.test',
    fullName: 'Nur Aini',
    // Moderates the community forum (issue 13).
    roles: ['learner', 'moderator'],
    nip: null,
    position: 'Pengelola Taman Bacaan Masyarakat',
  },
  {
    email: 'hendra.gunawan@perpustakaan.test',
    fullName: 'Hendra Gunawan',
    roles: ['learner'],
    nip: '198402282009011003',
    position: 'Pustakawan Penyelia',
  },
  {
    email: 'fitri.handayani@perpustakaan.test',
    fullName: 'Fitri Handayani',
    roles: ['learner'],
    nip: '199106302017022001',
    position: 'Pustakawan Ahli Muda',
  },
  {
    email: 'yoga.pratama@perpustakaan.test',
    fullName: 'Yoga Pratama',
    roles: ['learner'],
    nip: null,
    position: 'Pustakawan Desa',
  },
  {
    email: 'maria.simanjuntak@perpustakaan.test',
    fullName: 'Maria Simanjuntak',
    roles: ['learner'],
    nip: '198912122015032002',
    position: 'Pustakawan Terampil',
  },
  {
    email: 'made.wirawan@perpustakaan.test',
    fullName: 'I Made Wirawan',
    roles: ['learner'],
    nip: '199304152018011001',
    position: 'Pustakawan Ahli Pertama',
  },
];
