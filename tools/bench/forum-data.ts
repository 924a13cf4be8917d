/**
 * The forum benchmark's data: a year of the librarians' community grown to 5,000 threads
 * and 100,000 posts by 1,000 authors, one question with 500 posts among them.
 */
import { Client } from 'pg';

const FIRST_NAMES = ['Sri', 'Agus', 'Dwi', 'Eko', 'Nur', 'Rina', 'Budi', 'Wahyu', 'Yuli', 'Hendra'];
const MIDDLE_NAMES = ['Ayu', 'Putri', 'Adi', 'Indah', 'Fajar', 'Ratna', 'Bayu', 'Dian', 'Tri', 'Kartika'];
const LAST_NAMES = [
  'Wahyuni',
  'Setiawan',
  'Lestari',
  'Hidayat',
  'Rahmawati',
  'Saputra',
  'Kusuma',
  'Pratama',
  'Handayani',
  'Nugroho',
];

/** What librarians write about: 40 topics (with the affixes the Indonesian stemmer strips) in 16 kinds of library. */
const TOPICS = [
  'penyiangan koleksi',
  'pengelolaan arsip',
  'pengatalogan terbitan lokal',
  'katalogisasi RDA',
  'klasifikasi DDC',
  'digitalisasi naskah kuno',
  'pelestarian bahan pustaka',
  'perbaikan buku rusak',
  'peminjaman antarperpustakaan',
  'layanan referensi daring',
  'kelas literasi informasi',
  'pojok baca keliling',
  'lomba mendongeng',
  'migrasi SLiMS',
  'pencadangan basis data',
  'pengadaan buku nonfiksi',
  'pengolahan sumbangan buku',
  'inventarisasi koleksi',
  'stock opname',
  'penataan rak',
  'promosi layanan perpustakaan',
  'survei kepuasan pemustaka',
  'layanan pemustaka disabilitas',
  'repositori institusi',
  'penelusuran jurnal elektronik',
  'pengembangan koleksi anak',
  'fumigasi koleksi',
  'alih media mikrofilm',
  'penomoran barkode',
  'sirkulasi mandiri',
  'pembinaan perpustakaan desa',
  'akreditasi perpustakaan sekolah',
  'kebijakan pengembangan koleksi',
  'penulisan resensi buku',
  'gerakan gemar membaca',
  'bimbingan pemakai',
  'pengelolaan taman bacaan',
  'penyimpanan arsip vital',
  'deskripsi arsip statis',
  'pemeliharaan koleksi langka',
];
const PLACES = [
  'perpustakaan sekolah',
  'perpustakaan desa',
  'taman bacaan masyarakat',
  'perpustakaan kampus',
  'dinas kearsipan',
  'perpustakaan umum kabupaten',
  'perpustakaan masjid',
  'pojok baca kelurahan',
  'perpustakaan madrasah',
  'perpustakaan rumah sakit',
  'perpustakaan instansi',
  'perpustakaan keliling',
  'perpustakaan SMP',
  'perpustakaan SMA',
  'perpustakaan kota',
  'sanggar belajar',
];
/** Thread titles and post sentences: {t} takes a topic, {p} a place. */
const TITLES = ['Bagaimana {t} di {p}?', 'Berbagi pengalaman {t} di {p}', 'Diskusi: {t} untuk {p}', 'Tanya soal {t}'];
const SENTENCES = [
  'Di {p} kami sedang menata {t} dan hasilnya cukup baik.',
  'Bagaimana pengalaman Anda dengan {t} di {p}?',
  'Menurut saya {t} perlu direncanakan bersama pengurus {p}.',
  'Kami mencatat setiap kegiatan {t} di buku induk {p}.',
  'Pelatihan tentang {t} sangat membantu pustakawan {p}.',
  'Tahun lalu {t} di {p} terhambat anggaran, tahun ini kami mencoba lagi.',
  'Ada pedoman dari Perpusnas soal {t}, tautannya saya bagikan nanti.',
  'Pemustaka di {p} mulai tertarik setelah kami mengumumkan {t}.',
  'Terima kasih atas sarannya tentang {t}, akan kami coba di {p}.',
  'Kendala kami dalam {t} adalah tenaga yang terbatas di {p}.',
  'Saya setuju, {t} sebaiknya dimulai dari koleksi yang paling sering dipinjam.',
  'Apakah {t} bisa dikerjakan relawan, atau harus pustakawan bersertifikat?',
  'Kami mendokumentasikan {t} untuk bahan akreditasi {p}.',
  'Setelah {t}, jumlah kunjungan ke {p} naik cukup banyak.',
  'Rekan-rekan di {p} berbagi formulir untuk {t}, sangat berguna.',
  'Mohon masukan: urutan kerja {t} yang paling efisien seperti apa?',
];

/**
 * SQL for one filled-in template, picked by a hash of `seed` (a bigint expression): the
 * template from $1, its topic from $2 and its place from $3.
 */
const fill = (seed: string) => {
  const pick = (array: string, salt: number) =>
    `(${array}::text[])[1 + (hashint8((${seed}) * 4 + ${salt})::bigint & 2147483647) % array_length(${array}::text[], 1)]`;
  return `replace(replace(${pick('$1', 0)}, '{t}', ${pick('$2', 1)}), '{p}', ${pick('$3', 2)})`;
};

/** A users table row per author: [full name, email]. */
const authors = (count: number) =>
  Array.from({ length: count }, (_unused, n) => [
    `${FIRST_NAMES[n % 10]} ${MIDDLE_NAMES[Math.floor(n / 10) % 10]} ${LAST_NAMES[Math.floor(n / 100) % 10]}`,
    `pustakawan${n + 1}@bench.test`,
  ]);

export interface ForumBenchData {
  threads: number;
  posts: number;
  authors: number;
  /** The question with 500 posts, in Pengelolaan Koleksi. */
  bigThreadId: string;
}

/**
 * 1,000 authors; 5,000 threads in the community categories and the forums of every
 * published course (the viewer reads only some of the latter); the first thread has 500
 * posts, the others 19 or 20: 100,000 posts over a year. The viewer has read most threads
 * of their forums, some only in part, watches a few, and thanks some posts; every tenth
 * post quotes an earlier one and every eleventh mentions someone.
 */
export async function seedForum(databaseUrl: string, viewerEmail: string): Promise<ForumBenchData> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ id: viewerId }] = (await db.query(`SELECT id FROM users WHERE email = $1`, [viewerEmail])).rows;
    const people = authors(1000);
    await db.query(
      `INSERT INTO users (email, full_name, roles, status, locale, password_hash)
       SELECT email, name, '{learner}', 'active', 'id', 'x' FROM unnest($1::text[], $2::text[]) AS a(name, email)`,
      [people.map((p) => p[0]), people.map((p) => p[1])],
    );
    await db.query(
      `INSERT INTO forums (kind, course_id) SELECT 'course', id FROM courses WHERE status <> 'draft' ON CONFLICT DO NOTHING`,
    );
    // Forums numbered: the big thread's category first, then the others.
    await db.query(`
      CREATE TEMP TABLE bench_forums AS
      SELECT id, row_number() OVER (ORDER BY slug IS NOT DISTINCT FROM 'pengelolaan-koleksi' DESC, position, course_id) - 1 AS n FROM forums;
      CREATE TEMP TABLE bench_authors AS
      SELECT id, full_name, row_number() OVER (ORDER BY email) - 1 AS n FROM users WHERE email LIKE 'pustakawan%@bench.test'`);
    // The first 4,520 threads hold 20 posts (the first: 500), the rest 19: 100,000 posts.
    await db.query(
      `CREATE TEMP TABLE bench_threads AS
       SELECT gen_random_uuid() AS id, n,
              CASE WHEN n = 1 THEN 500 WHEN n <= 4520 THEN 20 ELSE 19 END AS posts,
              now() - interval '365 days' + (n * interval '105 minutes') AS created_at
         FROM generate_series(1, 5000) AS n`,
    );
    await db.query(
      `INSERT INTO forum_threads (id, forum_id, kind, title, author_id, created_at, last_post_at, last_seq, post_count, pinned)
       SELECT t.id, f.id, CASE WHEN t.n % 3 = 1 THEN 'question' ELSE 'discussion' END,
              ${fill('t.n')},
              a.id, t.created_at, t.created_at + t.posts * interval '2 minutes', t.posts, t.posts, t.n % 400 = 2
         FROM bench_threads t
         JOIN bench_forums f ON f.n = CASE WHEN t.n = 1 THEN 0 ELSE t.n % (SELECT count(*) FROM bench_forums) END
         JOIN bench_authors a ON a.n = (t.n * 37) % 1000`,
      [TITLES, TOPICS, PLACES],
    );
    await insertPosts(db, viewerId);
    await db.query(
      `UPDATE forum_threads t SET answer_post_id = p.id
         FROM bench_threads b JOIN forum_posts p ON p.thread_id = b.id AND p.seq = CASE WHEN b.n = 1 THEN 12 ELSE 2 END
        WHERE t.id = b.id AND t.kind = 'question' AND b.n % 2 = 1`,
    );
    await insertViewerState(db, viewerId);
    const [counts] = (
      await db.query<{ threads: number; posts: number; big: string }>(
        `SELECT (SELECT count(*) FROM forum_threads)::int AS threads, (SELECT count(*) FROM forum_posts)::int AS posts,
                (SELECT id FROM bench_threads WHERE n = 1) AS big`,
      )
    ).rows;
    await db.query('ANALYZE');
    return { threads: counts.threads, posts: counts.posts, authors: people.length, bigThreadId: counts.big };
  } finally {
    await db.end();
  }
}

/** The posts: two or three sentences each, some quoting, some mentioning, the viewer writing a few. */
async function insertPosts(db: Client, viewerId: string): Promise<void> {
  await db.query(
    `INSERT INTO forum_posts (thread_id, seq, author_id, body_markdown, body_html, body_text, quote_post_id, created_at)
     SELECT thread_id, seq, author_id,
            CASE WHEN mention IS NULL THEN text ELSE '[@' || mention_name || '](mention:' || mention || ') ' || text END,
            '<p>' || CASE WHEN mention IS NULL THEN '' ELSE E'\\uE000' || mention || E'\\uE001 ' END || text || '</p>',
            CASE WHEN mention IS NULL THEN '' ELSE '@' || mention_name || ' ' END || text,
            NULL, created_at
       FROM (SELECT t.id AS thread_id, s AS seq,
                    CASE WHEN t.n = 1 AND s % 25 = 3 THEN $4::uuid ELSE a.id END AS author_id,
                    (SELECT string_agg(${fill('(t.n::bigint * 1000 + s) * 4 + k')}, ' ')
                       FROM generate_series(1, CASE WHEN s % 3 = 0 THEN 3 ELSE 2 END) AS k) AS text,
                    CASE WHEN s % 11 = 0 THEN m.id END AS mention, m.full_name AS mention_name,
                    t.created_at + s * interval '2 minutes' AS created_at
               FROM bench_threads t
               CROSS JOIN generate_series(1, t.posts) AS s
               JOIN bench_authors a ON a.n = (t.n * 131 + s * 17) % 1000
               JOIN bench_authors m ON m.n = (t.n + s * 7) % 1000) AS p`,
    [SENTENCES, TOPICS, PLACES, viewerId],
  );
  // Every tenth reply quotes the post three before it.
  await db.query(
    `UPDATE forum_posts p SET quote_post_id = q.id
       FROM forum_posts q WHERE q.thread_id = p.thread_id AND q.seq = p.seq - 3 AND p.seq % 10 = 0`,
  );
}

/** What the viewer did: read, watched and thanked; others thanked the big thread's posts. */
async function insertViewerState(db: Client, viewerId: string): Promise<void> {
  // Read to the end in most threads, part of every seventh, never opened every fifth; the big one up to 420.
  await db.query(
    `INSERT INTO forum_thread_reads (user_id, thread_id, last_read_seq)
     SELECT $1, b.id, CASE WHEN b.n = 1 THEN 420 WHEN b.n % 7 = 0 THEN b.posts - 5 ELSE b.posts END
       FROM bench_threads b WHERE b.n % 5 <> 0`,
    [viewerId],
  );
  await db.query(
    `INSERT INTO forum_watches (user_id, thread_id) SELECT $1, id FROM bench_threads WHERE n = 1 OR n % 50 = 0`,
    [viewerId],
  );
  await db.query(`INSERT INTO forum_watches (user_id, forum_id) SELECT $1, id FROM bench_forums WHERE n IN (0, 2)`, [
    viewerId,
  ]);
  // In the big thread, 0-11 people thank each post (the viewer among them on every fourth); elsewhere two thank every fifth post.
  await db.query(
    `INSERT INTO forum_thanks (post_id, user_id, created_at)
     SELECT p.id, a.id, p.created_at + a.n * interval '1 minute'
       FROM forum_posts p JOIN bench_threads b ON b.id = p.thread_id
       CROSS JOIN generate_series(0, CASE WHEN b.n = 1 THEN p.seq % 12 WHEN p.seq % 5 = 0 THEN 2 ELSE 0 END - 1) AS k
       JOIN bench_authors a ON a.n = (k * 83 + p.seq) % 1000
     UNION ALL
     SELECT p.id, $1, p.created_at + interval '1 hour'
       FROM forum_posts p JOIN bench_threads b ON b.id = p.thread_id AND b.n = 1 WHERE p.seq % 4 = 0`,
    [viewerId],
  );
}
