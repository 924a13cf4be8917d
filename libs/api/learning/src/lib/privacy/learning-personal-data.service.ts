import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A person's learning: enrolments, lesson progress, completed courses and JP earned.
 * Erasing keeps the records a cohort's reports and certificates stand on (they then belong
 * to an anonymous account), withdraws requests still waiting for a trainer, and removes
 * the integrity notes kept about how the person studied.
 */
@Injectable()
export class LearningPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'learning';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const [enrolments, progress, completions, jpLedger] = await Promise.all([
      this.dataSource.query(
        `SELECT c.title AS "course", h.name AS "cohort", e.status, e.enrolled_at AS "enrolledAt",
                e.completed_at AS "completedAt"
         FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN cohorts h ON h.id = e.cohort_id
         WHERE e.user_id = $1 ORDER BY e.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT c.title AS "course", l.title AS "lesson", p.state, p.watched_fraction AS "watchedFraction",
                p.last_opened_at AS "lastOpenedAt", p.done_at AS "doneAt"
         FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id JOIN courses c ON c.id = p.course_id
         WHERE p.user_id = $1 ORDER BY p.last_opened_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT c.title AS "course", k.jp, k.completed_at AS "completedAt"
         FROM course_completions k JOIN courses c ON c.id = k.course_id
         WHERE k.user_id = $1 ORDER BY k.completed_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT source, title, jp, earned_at AS "earnedAt" FROM jp_ledger_entries WHERE user_id = $1 ORDER BY earned_at`,
        [userId],
      ),
    ]);
    return { enrolments, progress, completions, jpLedger };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM lesson_evidence WHERE user_id = $1`, [userId]);
    await manager.query(
      `UPDATE enrolments SET status = 'withdrawn', updated_at = now() WHERE user_id = $1 AND status = 'pending'`,
      [userId],
    );
  }
}
