/** The catalog benchmark's data: a city library's catalog grown to 1,000 courses. */
import { Client } from 'pg';

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

/**
 * 1,000 published courses (each with a cover, two modules of three lessons, and every
 * other one a co-trainer), 2,000 learners in 5 courses each, and the viewer (Dewi
 * Lestari of the demo data) in 25 of them.
 */
export async function seedCatalog(databaseUrl: string): Promise<{ courses: number; enrolments: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const user = async (email: string): Promise<string> =>
      (await db.query(`SELECT id FROM users WHERE email = $1`, [email])).rows[0].id;
    const ownerId = await user('pelatih.siti@perpustakaan.test');
    const { rows: inserted } = await db.query<{ id: string }>(
      `INSERT INTO courses (title, summary, description, description_html, category, jp, skkni_units, status, owner_id, published_at)
       SELECT t.topic || ' ' || o.object || ' ' || n,
              'Pelatihan ' || lower(t.topic) || ' untuk pengelola ' || lower(o.object),
              'Materi tentang ' || lower(t.topic) || ', praktik, dan studi kasus di ' || lower(o.object) || '.',
              '', (ARRAY['pengolahan','layanan','literasi','teknologi','manajemen','pelestarian'])[1 + n % 6],
              1 + n % 12, ARRAY['J.91LPS00.' || lpad((n % 20)::text, 3, '0') || '.2'], 'published', $1, now()
         FROM unnest($2::text[]) AS t(topic), unnest($3::text[]) AS o(object), generate_series(1, 10) AS n
       RETURNING id`,
      [ownerId, TOPICS, OBJECTS],
    );
    const courseIds = inserted.map((row) => row.id);
    await db.query(
      `WITH covers AS (
         INSERT INTO files (owner_id, original_name, content_type, size_bytes, storage_key, purpose)
         SELECT owner_id, 'sampul.png', 'image/png', 24000 + length(title), 'files/bench-cover-' || id, 'course-cover'
           FROM courses WHERE id = ANY($1::uuid[])
         RETURNING id, storage_key)
       UPDATE courses c SET cover_file_id = covers.id FROM covers WHERE covers.storage_key = 'files/bench-cover-' || c.id`,
      [courseIds],
    );
    await db.query(
      `INSERT INTO course_trainers (course_id, user_id)
       SELECT id, $2::uuid FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) WHERE n % 2 = 0`,
      [courseIds, await user('pelatih.agus@perpustakaan.test')],
    );
    await db.query(
      `WITH modules AS (
         INSERT INTO course_modules (course_id, title, position)
         SELECT c.id, 'Modul ' || m, m FROM unnest($1::uuid[]) AS c(id) CROSS JOIN generate_series(1, 2) AS m
         RETURNING id, course_id, position)
       INSERT INTO lessons (course_id, module_id, title, kind, estimated_minutes, position, body_markdown, body_html)
       SELECT course_id, id, 'Materi ' || position || '.' || l, 'text', 15 * l, l, 'Teks materi.', '<p>Teks materi.</p>'
         FROM modules CROSS JOIN generate_series(1, 3) AS l`,
      [courseIds],
    );
    await db.query(`
      INSERT INTO users (email, full_name, roles, status, locale, password_hash)
      SELECT 'peserta' || n || '@bench.test', 'Peserta ' || n, '{learner}', 'active', 'id', 'x' FROM generate_series(1, 2000) AS n`);
    await db.query(
      `INSERT INTO cohorts (course_id, name, enrol_opens_at, enrol_closes_at, starts_at, ends_at, self_enrolment)
       SELECT id, 'Angkatan 1', now() - interval '10 days', now() + interval '10 days', now() - interval '5 days',
              now() + interval '30 days', 'open'
         FROM unnest($1::uuid[]) AS c(id)`,
      [courseIds],
    );
    // 10,000 enrolments: each of 2,000 learners in 5 courses.
    await db.query(`
      INSERT INTO enrolments (cohort_id, course_id, user_id, status)
      SELECT c.id, c.course_id, u.id, 'active'
        FROM (SELECT id, row_number() OVER () AS r FROM users WHERE email LIKE 'peserta%@bench.test') u
        JOIN (SELECT id, course_id, row_number() OVER () AS r FROM cohorts) c ON c.r % 400 = (u.r * 7 + 0) % 400 OR c.r % 400 = (u.r * 7 + 1) % 400
          OR c.r % 400 = (u.r * 7 + 2) % 400 OR c.r % 400 = (u.r * 7 + 3) % 400 OR c.r % 400 = (u.r * 7 + 4) % 400
       LIMIT 10000
      ON CONFLICT DO NOTHING`);
    // The viewer's own status shows on some cards: active in 20 courses, completed in 5.
    await db.query(
      `INSERT INTO enrolments (cohort_id, course_id, user_id, status)
       SELECT h.id, h.course_id, $2::uuid, CASE WHEN r % 200 = 0 THEN 'completed' ELSE 'active' END
         FROM (SELECT id, course_id, row_number() OVER (ORDER BY id) AS r FROM cohorts WHERE course_id = ANY($1::uuid[])) h
        WHERE r % 40 = 0
       ON CONFLICT DO NOTHING`,
      [courseIds, await user('dewi.lestari@perpustakaan.test')],
    );
    const counts = (
      await db.query<{ courses: number; enrolments: number }>(
        `SELECT (SELECT count(*) FROM courses WHERE status = 'published')::int AS courses,
                (SELECT count(*) FROM enrolments)::int AS enrolments`,
      )
    ).rows[0];
    await db.query('ANALYZE');
    return counts;
  } finally {
    await db.end();
  }
}
