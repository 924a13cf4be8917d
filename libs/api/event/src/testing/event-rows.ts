/**
 * Rows an event gathers before it is over (registrations, arrivals, its people), written
 * straight into the tables, for specs of the stages after them.
 */
import type {
  EventCheckInMethod,
  EventKind,
  EventPersonRole,
  EventRegistrationStatus,
} from '@bina-pustaka/shared-contracts';
import type { DataSource } from 'typeorm';

/** Moves the event into the past (ended an hour ago), as the given kind. */
export async function endEvent(db: DataSource, eventId: string, kind: EventKind = 'book-launch'): Promise<void> {
  await db.query(
    `UPDATE events SET kind = $2, starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
    [eventId, kind],
  );
}

export interface AttendeeRow {
  name: string;
  email?: string | null;
  userId?: string | null;
  whatsapp?: string | null;
  affiliation?: string | null;
  status?: EventRegistrationStatus;
  /** Checked in at this time, by this method. */
  arrived?: { at: Date; method: EventCheckInMethod };
}

/** A registration as it stands after the event: confirmed (unless told), perhaps arrived. */
export async function insertAttendee(db: DataSource, eventId: string, row: AttendeeRow): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO event_registrations (event_id, user_id, name, email, whatsapp, affiliation, status, consented_at,
                                      confirmed_at, checked_in_at, check_in_method)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now(), CASE WHEN $7 = 'confirmed' THEN now() END, $8, $9)
     RETURNING id`,
    [
      eventId,
      row.userId ?? null,
      row.name,
      row.email ?? null,
      row.whatsapp ?? null,
      row.affiliation ?? null,
      row.status ?? 'confirmed',
      row.arrived?.at ?? null,
      row.arrived?.method ?? null,
    ],
  );
  return id;
}

export interface PersonRow {
  role: EventPersonRole;
  name: string;
  userId?: string | null;
  affiliation?: string | null;
  creditedHours?: number | null;
}

export async function insertPeople(db: DataSource, eventId: string, people: PersonRow[]): Promise<void> {
  for (const [position, person] of people.entries()) {
    await db.query(
      `INSERT INTO event_people (event_id, position, role, user_id, name, affiliation, credited_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        eventId,
        position,
        person.role,
        person.userId ?? null,
        person.name,
        person.affiliation ?? null,
        person.creditedHours ?? null,
      ],
    );
  }
}

export interface OnlineStayRow {
  userId: string;
  minutes: number;
  percent: number;
}

/**
 * The event as online, with its webinar room (an hour, the event's first day) ended and its
 * ledger settled with these stays, as the webinar part leaves them. Returns the session's id.
 */
export async function settledRoom(db: DataSource, eventId: string, stays: OnlineStayRow[]): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO webinar_sessions (title, description, audience, starts_at, duration_minutes, time_zone, jp, status,
                                   opened_at, ended_at, attendance_settled_at)
     VALUES ('Ruang acara', '', 'invited', now() - interval '3 hours', 60, 'Asia/Jakarta', 0, 'ended',
             now() - interval '3 hours', now() - interval '2 hours', now() - interval '2 hours')
     RETURNING id`,
  );
  await db.query(`UPDATE events SET format = 'online', venue = NULL, webinar_session_id = $2 WHERE id = $1`, [
    eventId,
    id,
  ]);
  for (const stay of stays) {
    await db.query(
      `INSERT INTO webinar_attendance (session_id, user_id, role, first_joined_at, last_left_at, visits, minutes, percent)
       VALUES ($1, $2, 'attendee', now() - interval '3 hours', now() - interval '2 hours', 1, $3, $4)`,
      [id, stay.userId, stay.minutes, stay.percent],
    );
  }
  return id;
}
