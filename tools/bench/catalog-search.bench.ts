/**
 * Benchmark (not a test): the course catalog with 1,000 published courses and 10,000
 * enrolments, as a librarian searches it (Indonesian full text, filters, "my status").
 * Prints req/s, p50 and p99 per query. `npm run bench:catalog`
 */
import { Client } from 'pg';
import { measure, startBenchApi, type Result } from './support';

const PORT = 3903;
const CONNECTIONS = 20;

/** Titles from real librarianship topics, so the Indonesian stemmer has work to do. */
const TOPICS = [
  'Katalogisasi',
  'Klasifikasi',
  'Pelestarian',
  'Digitalisasi',
  'Layanan Referensi',
  'Literasi Informasi',
  'Manajemen Koleksi',
  'Pengadaan',
  'Otomasi',
  'Promosi Perpustakaan',
];
const OBJECTS = [
  'Naskah Kuno',
  'Bahan Pustaka Digital',
  'Perpustakaan Sekolah',
  'Perpustakaan Desa',
  'Koleksi Anak',
  'Jurnal Elektronik',
  'Arsip Daerah',
  'Pemustaka Disabilitas',
  'Taman Bacaan',
  'Repositori Kampus',
];

async function main(): Promise<void> {
  const api = await startBenchApi(PORT);
  try {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const [{ id: ownerId }] = (await db.query(`SELECT id FROM users WHERE email = 'pelatih.siti@perpustakaan.test'`))
      .rows;
    await db.query(
      `INSERT INTO courses (title, summary, description, description_html, category, jp, skkni_units, status, owner_id, published_at)
       SELECT t.topic || ' ' || o.object || ' ' || n,
              'Pelatihan ' || lower(t.topic) || ' untuk pengelola ' || lower(o.object),
              'Materi tentang ' || lower(t.topic) || ', praktik, dan studi kasus di ' || lower(o.object) || '.',
              '', (ARRAY['pengolahan','layanan','literasi','teknologi','manajemen','pelestarian'])[1 + n % 6],
              1 + n % 12, ARRAY['J.91LPS00.' || lpad((n % 20)::text, 3, '0') || '.2'], 'published', $1, now()
         FROM unnest($2::text[]) AS t(topic), unnest($3::text[]) AS o(object), generate_series(1, 10) AS n`,
      [ownerId, TOPICS, OBJECTS],
    );
    await db.query(`
      INSERT INTO users (email, full_name, roles, status, locale, password_hash)
      SELECT 'peserta' || n || '@bench.test', 'Peserta ' || n, '{learner}', 'active', 'id', 'x' FROM generate_series(1, 2000) AS n`);
    await db.query(`
      INSERT INTO cohorts (course_id, name, enrol_opens_at, enrol_closes_at, starts_at, ends_at, self_enrolment)
      SELECT id, 'Angkatan 1', now() - interval '10 days', now() + interval '10 days', now() - interval '5 days', now() + interval '30 days', 'open'
        FROM courses WHERE title LIKE '% %'`);
    // 10,000 enrolments: each of 2,000 learners in 5 courses.
    await db.query(`
      INSERT INTO enrolments (cohort_id, course_id, user_id, status)
      SELECT c.id, c.course_id, u.id, 'active'
        FROM (SELECT id, row_number() OVER () AS r FROM users WHERE email LIKE 'peserta%@bench.test') u
        JOIN (SELECT id, course_id, row_number() OVER () AS r FROM cohorts) c ON c.r % 400 = (u.r * 7 + 0) % 400 OR c.r % 400 = (u.r * 7 + 1) % 400
          OR c.r % 400 = (u.r * 7 + 2) % 400 OR c.r % 400 = (u.r * 7 + 3) % 400 OR c.r % 400 = (u.r * 7 + 4) % 400
       LIMIT 10000
      ON CONFLICT DO NOTHING`);
    const counts = (
      await db.query(
        `SELECT (SELECT count(*) FROM courses WHERE status = 'published') AS courses, (SELECT count(*) FROM enrolments) AS enrolments`,
      )
    ).rows[0];
    await db.query('ANALYZE');
    await db.end();

    const token = await api.signIn('dewi.lestari@perpustakaan.test');
    const headers = { authorization: `Bearer ${token}` };
    const pid = api.process.pid ?? 0;
    const results: Result[] = [];
    for (const [name, query] of [
      ['first page, no search', ''],
      ['search "pelestarian naskah"', 'q=pelestarian%20naskah'],
      ['search "perpustakaan sekolah" + category', 'q=perpustakaan%20sekolah&category=layanan'],
      ['filter SKKNI unit + JP range', 'skkni=J.91LPS00.007.2&jpMin=3&jpMax=8'],
      ['my status: not enrolled', 'enrolment=none'],
    ]) {
      results.push(await measure(name, `${api.baseUrl}/api/catalog?${query}`, headers, pid, CONNECTIONS));
    }
    console.table(results);
    console.log(
      `${counts.courses} published courses, ${counts.enrolments} enrolments; ${CONNECTIONS} connections; ${new Date().toISOString()}`,
    );
  } finally {
    await api.stop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
