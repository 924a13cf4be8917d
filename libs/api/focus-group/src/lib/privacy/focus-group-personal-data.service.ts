import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A person's part in focus groups: the groups they are in, the action items they own, the
 * session notes they last wrote and the groups they created (findings keep no author).
 *
 * Erasing takes them out of every group and leaves the rest working: action items, notes
 * and groups they created stay, shown under the deleted account's name. A group whose last
 * facilitator leaves this way stays without one: the coordinators run every group already,
 * and may name a new facilitator. The rooms of its online sessions need no update here: the
 * webinar's own erase drops the person's invitations to sessions still to come, and a host
 * left listed is a disabled account that cannot sign in; the group's next change of people
 * resets its rooms anyway.
 */
@Injectable()
export class FocusGroupPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'focusGroups';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const [groups, actionItems, notes, createdGroups] = await Promise.all([
      this.dataSource.query(
        `SELECT g.id, g.topic, p.role, p.added_at AS "since"
         FROM focus_group_people p JOIN focus_groups g ON g.id = p.group_id
         WHERE p.user_id = $1 ORDER BY p.added_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT a.id, g.topic AS "groupTopic", a.what, a.due_on AS "dueOn", a.status, a.updated_at AS "updatedAt"
         FROM focus_group_actions a JOIN focus_groups g ON g.id = a.group_id
         WHERE a.owner_id = $1 ORDER BY a.due_on`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT s.id AS "sessionId", g.topic AS "groupTopic", s.title AS "sessionTitle",
                s.notes_markdown AS "notesMarkdown", s.notes_updated_at AS "updatedAt"
         FROM focus_group_sessions s JOIN focus_groups g ON g.id = s.group_id
         WHERE s.notes_updated_by = $1 ORDER BY s.notes_updated_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT id, topic, created_at AS "createdAt" FROM focus_groups WHERE created_by = $1 ORDER BY created_at`,
        [userId],
      ),
    ]);
    return { groups, actionItems, notes, createdGroups };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM focus_group_people WHERE user_id = $1`, [userId]);
  }
}
