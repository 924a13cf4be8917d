import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The community's five categories, seeded with the schema (slug, title, description). */
const CATEGORIES: [string, string, string][] = [
  [
    'layanan-referensi',
    'Layanan Referensi',
    'Tanya jawab seputar layanan referensi dan penelusuran informasi bagi pemustaka.',
  ],
  [
    'teknologi-informasi',
    'Teknologi Informasi',
    'Otomasi perpustakaan, SLiMS, repositori digital, dan perangkat TI sehari-hari.',
  ],
  [
    'pengelolaan-koleksi',
    'Pengelolaan Koleksi',
    'Pengadaan, pengolahan, katalogisasi, penyiangan, dan pelestarian koleksi.',
  ],
  ['literasi-informasi', 'Literasi Informasi', 'Program literasi, kelas pemustaka, dan kegiatan gemar membaca.'],
  ['umum', 'Umum', 'Obrolan dan berbagi pengalaman lain antarpustakawan.'],
];

export class CreateForums1764900000000 implements MigrationInterface {
  name = 'CreateForums1764900000000';

  async up(db: QueryRunner): Promise<void> {
    // A community category has its slug, title and place; a course forum only its course
    // (its title is the course's, read from learning when shown).
    await db.query(`
      CREATE TABLE forums (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        slug text,
        title text,
        description text NOT NULL DEFAULT '',
        position integer,
        course_id uuid REFERENCES courses (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_forums_slug UNIQUE (slug),
        CONSTRAINT uq_forums_course UNIQUE (course_id),
        CONSTRAINT ck_forums_kind CHECK (
          (kind = 'community' AND slug IS NOT NULL AND title IS NOT NULL AND position IS NOT NULL AND course_id IS NULL)
          OR (kind = 'course' AND course_id IS NOT NULL)
        )
      )`);

    await db.query(`
      CREATE TABLE forum_threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_post_at timestamptz NOT NULL DEFAULT now(),
        last_seq integer NOT NULL DEFAULT 0,
        post_count integer NOT NULL DEFAULT 0,
        answer_post_id uuid,
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        search tsvector GENERATED ALWAYS AS (to_tsvector('indonesian', title)) STORED,
        CONSTRAINT ck_forum_threads_kind CHECK (kind IN ('discussion', 'question'))
      )`);
    // The board: pinned first, then the latest activity.
    await db.query(
      `CREATE INDEX ix_forum_threads_board ON forum_threads (forum_id, pinned DESC, last_post_at DESC, id)`,
    );
    await db.query(`CREATE INDEX ix_forum_threads_search ON forum_threads USING gin (search)`);

    // body_text is the plain text of the sanitized post (mentions as "@Name"): what search
    // indexes and what its snippets and quotes are cut from.
    await db.query(`
      CREATE TABLE forum_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        body_markdown text NOT NULL,
        body_html text NOT NULL,
        body_text text NOT NULL,
        quote_post_id uuid REFERENCES forum_posts (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        delete_reason text,
        search tsvector GENERATED ALWAYS AS (to_tsvector('indonesian', body_text)) STORED,
        CONSTRAINT uq_forum_posts_thread_seq UNIQUE (thread_id, seq)
      )`);
    await db.query(`CREATE INDEX ix_forum_posts_search ON forum_posts USING gin (search)`);
    await db.query(`CREATE INDEX ix_forum_posts_author ON forum_posts (author_id, created_at DESC)`);
    await db.query(`
      ALTER TABLE forum_threads ADD CONSTRAINT fk_forum_threads_answer
        FOREIGN KEY (answer_post_id) REFERENCES forum_posts (id) ON DELETE SET NULL`);

    await db.query(`
      CREATE TABLE forum_post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
        body_markdown text NOT NULL,
        body_html text NOT NULL,
        editor_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        edited_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_forum_post_revisions_post ON forum_post_revisions (post_id, edited_at)`);

    await db.query(`
      CREATE TABLE forum_thanks (
        post_id uuid NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE forum_thread_reads (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
        last_read_seq integer NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, thread_id)
      )`);
    await db.query(`CREATE INDEX ix_forum_thread_reads_thread ON forum_thread_reads (thread_id)`);

    // One row per watched thread or forum.
    await db.query(`
      CREATE TABLE forum_watches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        thread_id uuid REFERENCES forum_threads (id) ON DELETE CASCADE,
        forum_id uuid REFERENCES forums (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_forum_watches_one CHECK ((thread_id IS NULL) <> (forum_id IS NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_forum_watches_thread ON forum_watches (thread_id, user_id) WHERE thread_id IS NOT NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX uq_forum_watches_forum ON forum_watches (forum_id, user_id) WHERE forum_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX ix_forum_watches_user ON forum_watches (user_id)`);

    await db.query(
      `INSERT INTO forums (kind, slug, title, description, position)
       SELECT 'community', slug, title, description, position::integer
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS c(slug, title, description, position)`,
      [CATEGORIES.map((c) => c[0]), CATEGORIES.map((c) => c[1]), CATEGORIES.map((c) => c[2])],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE forum_threads DROP CONSTRAINT fk_forum_threads_answer`);
    await db.query(
      `DROP TABLE forum_watches, forum_thread_reads, forum_thanks, forum_post_revisions, forum_posts, forum_threads, forums`,
    );
  }
}
