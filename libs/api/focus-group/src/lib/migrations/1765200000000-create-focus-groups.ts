import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Focus groups (issue 13): the group, its people, sessions with notes, findings and action items. */
export class CreateFocusGroups1765200000000 implements MigrationInterface {
  name = 'CreateFocusGroups1765200000000';

  async up(db: QueryRunner): Promise<void> {
    // forum_id: the group's private forum (kind 'focus-group', made with the group).
    await db.query(`
      CREATE TABLE focus_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL,
        purpose text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
        allow_anonymous boolean NOT NULL DEFAULT false,
        forum_id uuid REFERENCES forums (id) ON DELETE SET NULL,
        created_by uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE focus_group_people (
        group_id uuid NOT NULL REFERENCES focus_groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('facilitator', 'member')),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_focus_group_people_user ON focus_group_people (user_id)`);
    await db.query(`
      CREATE TABLE focus_group_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES focus_groups (id) ON DELETE CASCADE,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL,
        time_zone text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('in-person', 'online')),
        location text,
        webinar_session_id uuid,
        cancelled boolean NOT NULL DEFAULT false,
        notes_markdown text NOT NULL DEFAULT '',
        notes_html text NOT NULL DEFAULT '',
        notes_updated_at timestamptz,
        notes_updated_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_focus_group_sessions_group ON focus_group_sessions (group_id, starts_at)`);
    await db.query(`
      CREATE TABLE focus_group_findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES focus_groups (id) ON DELETE CASCADE,
        challenge text NOT NULL,
        tag text NOT NULL,
        raised_by_count integer NOT NULL,
        session_id uuid REFERENCES focus_group_sessions (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE focus_group_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES focus_groups (id) ON DELETE CASCADE,
        finding_id uuid REFERENCES focus_group_findings (id) ON DELETE SET NULL,
        what text NOT NULL,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The coordinators' list across groups: by due date, the open ones first.
    await db.query(`CREATE INDEX ix_focus_group_actions_due ON focus_group_actions (due_on, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE focus_group_actions, focus_group_findings, focus_group_sessions, focus_group_people, focus_groups`,
    );
  }
}
