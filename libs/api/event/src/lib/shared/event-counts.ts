import type { EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';

/** An event nobody has registered for. */
export const NO_REGISTRATIONS: Readonly<EventRegistrationCounts> = {
  confirmed: 0,
  unconfirmed: 0,
  waitlisted: 0,
  cancelled: 0,
  arrived: 0,
  walkIns: 0,
};

/**
 * Events' registrations by status, and how many have arrived (a cancelled one that had
 * arrived no longer counts) and came as walk-ins. Read from the rows, not kept as counters;
 * a list's page of events is counted in one query.
 */
export async function registrationCountsOf(
  db: DataSource | EntityManager,
  eventIds: readonly string[],
): Promise<Map<string, EventRegistrationCounts>> {
  // An event without registrations has no row here: its counts are NO_REGISTRATIONS.
  if (eventIds.length === 0) return new Map();
  const rows: (EventRegistrationCounts & { eventId: string })[] = await db.query(
    `SELECT event_id AS "eventId",
            count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE status = 'unconfirmed')::int AS unconfirmed,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
            count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
            count(*) FILTER (WHERE checked_in_at IS NOT NULL AND status <> 'cancelled')::int AS arrived,
            count(*) FILTER (WHERE check_in_method = 'walk-in' AND status <> 'cancelled')::int AS "walkIns"
     FROM event_registrations WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
    [eventIds],
  );
  return new Map(rows.map(({ eventId, ...counts }) => [eventId, counts]));
}

/** One event's counts. */
export async function registrationCounts(
  db: DataSource | EntityManager,
  eventId: string,
): Promise<EventRegistrationCounts> {
  return (await registrationCountsOf(db, [eventId])).get(eventId) ?? { ...NO_REGISTRATIONS };
}
