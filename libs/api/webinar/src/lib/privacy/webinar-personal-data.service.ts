import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A person's webinars: registrations, attendance, and what they wrote in the chat and Q&A.
 * Erasing keeps the attendance ledger (JP and certificates stand on it) and what was said
 * in past sessions (shown under the deleted account's name), and removes registrations for
 * sessions not yet held.
 */
@Injectable()
export class WebinarPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'webinar';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const [registrations, attendance, chatMessages, questions] = await Promise.all([
      this.dataSource.query(
        `SELECT s.title AS "session", s.starts_at AS "startsAt", r.registered_at AS "registeredAt"
         FROM webinar_registrations r JOIN webinar_sessions s ON s.id = r.session_id
         WHERE r.user_id = $1 ORDER BY r.registered_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT s.title AS "session", a.role, a.first_joined_at AS "firstJoinedAt", a.last_left_at AS "lastLeftAt",
                a.visits, a.minutes, a.percent
         FROM webinar_attendance a JOIN webinar_sessions s ON s.id = a.session_id
         WHERE a.user_id = $1 ORDER BY a.first_joined_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT s.title AS "session", m.body, m.sent_at AS "sentAt", m.deleted_at AS "deletedAt"
         FROM webinar_chat_messages m JOIN webinar_sessions s ON s.id = m.session_id
         WHERE m.user_id = $1 ORDER BY m.sent_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT s.title AS "session", q.body, q.asked_at AS "askedAt", q.answered_at AS "answeredAt"
         FROM webinar_questions q JOIN webinar_sessions s ON s.id = q.session_id
         WHERE q.user_id = $1 ORDER BY q.asked_at`,
        [userId],
      ),
    ]);
    return { registrations, attendance, chatMessages, questions };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `DELETE FROM webinar_registrations r USING webinar_sessions s
       WHERE r.session_id = s.id AND r.user_id = $1 AND s.status = 'scheduled'`,
      [userId],
    );
  }
}
