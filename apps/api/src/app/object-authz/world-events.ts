import { insertEvent } from '@bina-pustaka/api-event/testing';
import type { SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { DataSource } from 'typeorm';

/** Side B's events: what the event cases aim at. */
export interface EventSide {
  /** coordinatorB's book launch, which trainerB organises beside the staff. */
  eventId: string;
  eventSlug: string;
  /** A confirmed guest of that event (no account). */
  eventRegistrationId: string;
  eventSeriesId: string;
}

/**
 * An event of coordinatorB's that trainerB organises (partner staff are members like this),
 * with a confirmed guest, and a reading-club series; written straight into the tables.
 */
export async function eventSide(
  db: DataSource,
  people: { coordinatorB: SignedInUser; trainerB: SignedInUser },
): Promise<EventSide> {
  const eventSlug = 'peluncuran-buku-b7k2';
  const eventId = await insertEvent(db, { slug: eventSlug, capacity: 50, createdBy: people.coordinatorB.id });
  await db.query(`INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)`, [eventId, people.trainerB.id]);
  const [{ id: eventRegistrationId }] = await db.query(
    `INSERT INTO event_registrations (event_id, name, email, status, consented_at, confirmed_at)
     VALUES ($1, 'Siti Rahma', 'siti.rahma@tamu.test', 'confirmed', now(), now()) RETURNING id`,
    [eventId],
  );
  await db.query(`UPDATE events SET confirmed_count = 1 WHERE id = $1`, [eventId]);
  const [{ id: eventSeriesId }] = await db.query(
    `INSERT INTO event_series (title, schedule, created_by) VALUES ('Klub Membaca Sabtu', $1, $2) RETURNING id`,
    [
      { weekday: 6, weekOfMonth: 2, startTime: '09:00', endTime: '11:00', timeZone: 'Asia/Jakarta' },
      people.coordinatorB.id,
    ],
  );
  return { eventId, eventSlug, eventRegistrationId, eventSeriesId };
}
