import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events (issue 15): community events and literacy programmes with guest registration,
 * QR tickets and check-in at the door. A guest is a registration, not an account: their
 * name, email and WhatsApp number live on the registration row and are blanked
 * (`anonymised_at`) a set number of days after the event, keeping the row for the counts.
 */
export class CreateEvents1765500000000 implements MigrationInterface {
  name = 'CreateEvents1765500000000';

  async up(db: QueryRunner): Promise<void> {
    // A reading club: meetings on a schedule ("every second Saturday"), each an event.
    await db.query(`
      CREATE TABLE event_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        schedule jsonb NOT NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // starts_at/ends_at: the first day's start and the last day's end, kept with the days for
    // the lists. confirmed_count: seats taken, counted under the event's row lock so a
    // capacity holds when many register at once (as surveys count their responses).
    await db.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('book-launch', 'book-exhibition', 'reading-club', 'literacy', 'training', 'other')),
        format text NOT NULL CHECK (format IN ('in-person', 'online', 'hybrid')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        cover_key text,
        time_zone text NOT NULL CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        venue jsonb,
        programme jsonb NOT NULL DEFAULT '[]',
        questions jsonb NOT NULL DEFAULT '[]',
        capacity integer CHECK (capacity > 0),
        registration_opens_at timestamptz,
        registration_closes_at timestamptz,
        data_purpose text NOT NULL,
        guest_data_retention_days integer NOT NULL DEFAULT 365 CHECK (guest_data_retention_days BETWEEN 30 AND 3650),
        webinar_session_id uuid UNIQUE REFERENCES webinar_sessions (id) ON DELETE SET NULL,
        series_id uuid REFERENCES event_series (id) ON DELETE SET NULL,
        book text,
        confirmed_count integer NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        CHECK (ends_at > starts_at),
        CHECK (capacity IS NULL OR confirmed_count <= capacity)
      )`);
    await db.query(`CREATE INDEX ix_events_published ON events (starts_at) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_events_series ON events (series_id) WHERE series_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE event_days (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        day_no smallint NOT NULL CHECK (day_no >= 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        PRIMARY KEY (event_id, day_no),
        CHECK (ends_at > starts_at)
      )`);
    // Speakers, authors, facilitators, moderators, committee: members (user_id) or people
    // without an account. A facilitator's credited_hours go to their learning record.
    await db.query(`
      CREATE TABLE event_people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        role text NOT NULL CHECK (role IN ('speaker', 'author', 'facilitator', 'moderator', 'committee')),
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        name text NOT NULL,
        affiliation text,
        credited_hours numeric(5, 2) CHECK (credited_hours > 0),
        CHECK (credited_hours IS NULL OR (role = 'facilitator' AND user_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_event_people_event ON event_people (event_id)`);
    await db.query(`CREATE INDEX ix_event_people_user ON event_people (user_id) WHERE user_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE event_partners (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        institution_id uuid NOT NULL REFERENCES institutions (id) ON DELETE RESTRICT,
        position smallint NOT NULL,
        PRIMARY KEY (event_id, institution_id)
      )`);
    // Partner staff (or any member) who manage this event beside coordinators and admins.
    await db.query(`
      CREATE TABLE event_organisers (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_event_organisers_user ON event_organisers (user_id)`);
    // arrival: the order registrations came in, which is the waitlist's order. The ticket
    // code is never stored, only its sha256 (a leaked table lets nobody in at the door).
    await db.query(`CREATE SEQUENCE event_registration_arrival`);
    await db.query(`
      CREATE TABLE event_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        name text NOT NULL,
        email text CHECK (email = lower(email)),
        whatsapp text,
        affiliation text,
        answers jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('unconfirmed', 'confirmed', 'waitlisted', 'cancelled')),
        arrival bigint NOT NULL DEFAULT nextval('event_registration_arrival'),
        registered_at timestamptz NOT NULL DEFAULT now(),
        consented_at timestamptz NOT NULL,
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        ticket_code_hash bytea UNIQUE,
        checked_in_at timestamptz,
        checked_in_by uuid REFERENCES users (id) ON DELETE SET NULL,
        check_in_method text CHECK (check_in_method IN ('scan', 'search', 'walk-in')),
        anonymised_at timestamptz,
        CHECK ((checked_in_at IS NULL) = (check_in_method IS NULL)),
        -- Only a walk-in at the door may come without an email (and gets nothing by mail).
        CHECK (email IS NOT NULL OR check_in_method IS NOT DISTINCT FROM 'walk-in' OR anonymised_at IS NOT NULL)
      )`);
    // One live registration per email, and per member, in an event: a second is refused.
    await db.query(`
      CREATE UNIQUE INDEX ux_event_registrations_email ON event_registrations (event_id, email)
        WHERE status <> 'cancelled' AND anonymised_at IS NULL`);
    await db.query(`
      CREATE UNIQUE INDEX ux_event_registrations_user ON event_registrations (event_id, user_id)
        WHERE status <> 'cancelled' AND user_id IS NOT NULL`);
    await db.query(`
      CREATE INDEX ix_event_registrations_waitlist ON event_registrations (event_id, arrival)
        WHERE status = 'waitlisted'`);
    await db.query(
      `CREATE INDEX ix_event_registrations_user ON event_registrations (user_id) WHERE user_id IS NOT NULL`,
    );
    // Scans sent from the door's phones, by the phone's own id: a resend after a lost
    // answer is the same scan, answered the same way.
    await db.query(`
      CREATE TABLE event_check_in_scans (
        scan_id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        registration_id uuid REFERENCES event_registrations (id) ON DELETE CASCADE,
        outcome text NOT NULL CHECK (outcome IN ('checked-in', 'already-checked-in', 'not-confirmed', 'cancelled', 'other-event', 'invalid')),
        scanned_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        scanned_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_event_check_in_scans_event ON event_check_in_scans (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event_check_in_scans`);
    await db.query(`DROP TABLE event_registrations`);
    await db.query(`DROP SEQUENCE event_registration_arrival`);
    await db.query(`DROP TABLE event_organisers`);
    await db.query(`DROP TABLE event_partners`);
    await db.query(`DROP TABLE event_people`);
    await db.query(`DROP TABLE event_days`);
    await db.query(`DROP TABLE events`);
    await db.query(`DROP TABLE event_series`);
  }
}
