import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RetentionRegistryService, type RetentionRule } from '@bina-pustaka/api-platform';

/**
 * Guests' data is kept for as long as each event says (`guest_data_retention_days` after
 * its last day, 365 by default; UU 27/2022), then the name becomes "Tamu" and the email,
 * WhatsApp number, affiliation and answers are blanked. The row stays (anonymised_at set)
 * so the event's counts and attendance still add up. Members' registrations go with their
 * account instead (EventPersonalDataService).
 */
@Injectable()
export class EventRetentionService implements OnModuleInit {
  private readonly rule: RetentionRule = {
    name: 'guest registrations of past events (anonymised)',
    // Each event has its own number of days: `before` is the run's time, and the query adds them.
    keepDays: 0,
    purge: async (manager, before) => {
      const [, anonymised]: [unknown, number] = await manager.query(
        `UPDATE event_registrations r
         SET name = 'Tamu', email = NULL, whatsapp = NULL, affiliation = NULL, answers = '{}', anonymised_at = $1
         FROM events e
         WHERE e.id = r.event_id AND r.user_id IS NULL AND r.anonymised_at IS NULL
           AND e.ends_at + make_interval(days => e.guest_data_retention_days) < $1`,
        [before],
      );
      return anonymised;
    },
  };

  constructor(private readonly registry: RetentionRegistryService) {}

  onModuleInit(): void {
    this.registry.register(this.rule);
  }
}
