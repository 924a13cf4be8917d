import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A member's registrations for events (what they gave, where it stands, when they arrived).
 * Deleting the account anonymises them as the retention job does a guest's: the rows stay
 * for the events' counts and attendance, with nothing left that names the person.
 */
@Injectable()
export class EventPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'events';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const registrations = await this.dataSource.query(
      `SELECT e.title AS "eventTitle", e.starts_at AS "eventStartsAt", r.status, r.name, r.email, r.whatsapp,
              r.affiliation, r.answers, r.registered_at AS "registeredAt", r.consented_at AS "consentedAt",
              r.confirmed_at AS "confirmedAt", r.cancelled_at AS "cancelledAt",
              r.checked_in_at AS "checkedInAt", r.check_in_method AS "checkInMethod"
       FROM event_registrations r JOIN events e ON e.id = r.event_id
       WHERE r.user_id = $1 ORDER BY r.registered_at`,
      [userId],
    );
    return { registrations };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE event_registrations
       SET user_id = NULL, name = 'Tamu', email = NULL, whatsapp = NULL, affiliation = NULL, answers = '{}',
           anonymised_at = now()
       WHERE user_id = $1`,
      [userId],
    );
  }
}
