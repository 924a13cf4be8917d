import type { EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * An event's registrations by status, and how many have arrived (a cancelled one that had
 * arrived no longer counts) and came as walk-ins. Read from the rows, not kept as counters.
 */
export async function registrationCounts(
  db: DataSource | EntityManager,
  eventId: string,
): Promise<EventRegistrationCounts> {
  const [counts]: EventRegistrationCounts[] = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE status = 'unconfirmed')::int AS unconfirmed,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
            count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
            count(*) FILTER (WHERE checked_in_at IS NOT NULL AND status <> 'cancelled')::int AS arrived,
            count(*) FILTER (WHERE check_in_method = 'walk-in' AND status <> 'cancelled')::int AS "walkIns"
     FROM event_registrations WHERE event_id = $1`,
    [eventId],
  );
  return counts;
}
