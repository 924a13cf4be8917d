import { Injectable, type OnModuleInit } from '@nestjs/common';
import { GuestCertificatesPrivacyService } from '@bina-pustaka/api-certificates';
import { RetentionRegistryService, type RetentionRule } from '@bina-pustaka/api-platform';

/**
 * Guests' data is kept for as long as each event says (`guest_data_retention_days` after
 * its last day, 365 by default; UU 27/2022), then the name becomes "Tamu" and the email,
 * WhatsApp number, affiliation and answers are blanked. The row stays (anonymised_at set)
 * so the event's counts and attendance still add up. Their certificates of the event are
 * blanked with them (the certificate stays verifiable, naming no one). Members' registrations go with their
 * account instead (EventPersonalDataService).
 */
@Injectable()
export class EventRetentionService implements OnModuleInit {
  private readonly rule: RetentionRule = {
    name: 'guest registrations of past events (anonymised)',
    // Each event has its own number of days: `before` is the run's time, and the query adds them.
    keepDays: 0,
    purge: async (manager, before) => {
      // The emails are read before they are blanked: they name the guests' certificates.
      const guests: { subjectId: string; email: string | null }[] = await manager.query(
        `WITH due AS (
           SELECT r.id, r.event_id, r.email FROM event_registrations r JOIN events e ON e.id = r.event_id
            WHERE r.user_id IS NULL AND r.anonymised_at IS NULL
              AND e.ends_at + make_interval(days => e.guest_data_retention_days) < $1
            FOR UPDATE OF r),
         blanked AS (
           UPDATE event_registrations r
              SET name = 'Tamu', email = NULL, whatsapp = NULL, affiliation = NULL, answers = '{}', anonymised_at = $1
             FROM due WHERE r.id = due.id)
         SELECT event_id AS "subjectId", email FROM due`,
        [before],
      );
      await this.guestCertificates.erase(
        manager,
        'event',
        guests.flatMap(({ subjectId, email }) => (email ? [{ subjectId, email }] : [])),
      );
      return guests.length;
    },
  };

  constructor(
    private readonly registry: RetentionRegistryService,
    private readonly guestCertificates: GuestCertificatesPrivacyService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.rule);
  }
}
