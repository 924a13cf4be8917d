import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DashboardRegistryService,
  figure,
  wibMonthSql,
  type DashboardContribution,
  type DashboardScope,
} from '@bina-pustaka/api-platform';
import { DataSource } from 'typeorm';

/**
 * Events' part of the dashboard: published events that started in the period, and those
 * checked in at them: librarians in scope, and guests without an account (the public).
 * Course filters do not apply: an event is not a course's.
 */
@Injectable()
export class EventDashboardService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DashboardRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'event', contribute: (scope) => this.contribute(scope) });
  }

  async contribute(scope: DashboardScope): Promise<DashboardContribution> {
    const [[held], checkedIn] = await Promise.all([
      this.dataSource.query<{ events: number }[]>(
        `SELECT count(*)::int AS events FROM events e
          WHERE e.status = 'published' AND e.starts_at >= $1 AND e.starts_at < $2`,
        [scope.from, scope.until],
      ),
      this.dataSource.query<{ userId: string | null; month: string }[]>(
        `SELECT r.user_id AS "userId", ${wibMonthSql('e.starts_at')} AS month
           FROM event_registrations r JOIN events e ON e.id = r.event_id
          WHERE e.status = 'published' AND e.starts_at >= $1 AND e.starts_at < $2 AND r.checked_in_at IS NOT NULL
            AND (r.user_id IS NULL OR r.user_id = ANY($3::uuid[]))`,
        [scope.from, scope.until, scope.librarians],
      ),
    ]);
    const librarians = checkedIn.filter((row): row is { userId: string; month: string } => row.userId !== null);
    const guests = checkedIn.length - librarians.length;
    // Guests belong to no institution: a scope of one institution has none of them.
    const counted = scope.institutionId ? librarians : checkedIn;
    const perMonth = new Map<string, number>();
    for (const { month } of counted) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    return {
      parts: {
        events: {
          eventsHeld: figure(held.events, '/api/events'),
          librarianParticipants: figure(librarians.length),
          publicParticipants: figure(scope.institutionId ? null : guests),
        },
      },
      activity: librarians,
      trends: { eventParticipants: [...perMonth].map(([month, value]) => ({ month, value })) },
    };
  }
}
