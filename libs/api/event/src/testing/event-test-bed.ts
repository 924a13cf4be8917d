/**
 * What the event int specs share: the api with the modules an event reads (identity for
 * organisers and partner institutions, webinar sessions for online events, certificates'
 * table for a guest's erase) and an event row.
 */
import { auditMigrations } from '@bina-pustaka/api-audit';
import { certificatesMigrations } from '@bina-pustaka/api-certificates';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { learningMigrations } from '@bina-pustaka/api-learning';
import { notificationsMigrations } from '@bina-pustaka/api-notifications';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import type { EventFormat, EventQuestion, EventRegistrationStatus, EventStatus } from '@bina-pustaka/shared-contracts';
import type { ReceivedMail } from '@bina-pustaka/api-testing';
import type { DataSource } from 'typeorm';
import { EventModule, eventMigrations } from '../lib/event.module';
import type { EventCodes } from '../lib/shared/event-codes';

/** startTestApp's options for an event test app. */
export const EVENT_TEST_APP = {
  modules: [IdentityModule, EventModule],
  migrations: [
    ...identityMigrations,
    ...learningMigrations,
    ...notificationsMigrations,
    ...auditMigrations,
    ...webinarMigrations,
    ...certificatesMigrations,
    ...eventMigrations,
  ],
};

export interface InsertEventOptions {
  slug?: string;
  capacity?: number | null;
  createdBy?: string | null;
  status?: EventStatus;
  format?: EventFormat;
  questions?: EventQuestion[];
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  /** The event's days (event_days too); one morning two weeks from now unless given. */
  days?: { startsAt: Date; endsAt: Date }[];
  guestDataRetentionDays?: number;
}

/** A published one-day book launch at the library (unless the options say otherwise), straight into the tables. */
export async function insertEvent(db: DataSource, options: InsertEventOptions = {}): Promise<string> {
  const start = new Date(Date.now() + 14 * 24 * 3600_000);
  start.setUTCHours(2, 0, 0, 0);
  const days = options.days ?? [{ startsAt: start, endsAt: new Date(start.getTime() + 3 * 3600_000) }];
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO events (slug, kind, format, status, title, time_zone, starts_at, ends_at, venue, capacity, questions,
                         registration_opens_at, registration_closes_at, data_purpose, created_by, guest_data_retention_days)
     VALUES ($1, 'book-launch', $2, $3, 'Peluncuran Buku "Senja di Pelabuhan"', 'Asia/Jakarta', $4, $5,
             '{"name": "Aula Perpustakaan Kota", "address": "Jl. Merdeka No. 1", "city": "Bandung", "latitude": null, "longitude": null}',
             $6, $7, $8, $9, 'Untuk tiket dan sertifikat acara ini.', $10, $11)
     RETURNING id`,
    [
      options.slug ?? `peluncuran-buku-${Math.random().toString(36).slice(2, 6)}`,
      options.format ?? 'in-person',
      options.status ?? 'published',
      days[0].startsAt,
      days[days.length - 1].endsAt,
      options.capacity ?? null,
      JSON.stringify(options.questions ?? []),
      options.registrationOpensAt ?? null,
      options.registrationClosesAt ?? null,
      options.createdBy ?? null,
      options.guestDataRetentionDays ?? 365,
    ],
  );
  for (const [dayNo, day] of days.entries()) {
    await db.query(`INSERT INTO event_days (event_id, day_no, starts_at, ends_at) VALUES ($1, $2, $3, $4)`, [
      id,
      dayNo,
      day.startsAt,
      day.endsAt,
    ]);
  }
  return id;
}

/**
 * A registration straight into the table: by default a confirmed guest holding a seat and a
 * real ticket code (signed for the event by the app's EventCodes, only its hash stored).
 * Unconfirmed and waitlisted ones get no code, as registering makes it on confirming.
 */
export async function insertRegistration(
  db: DataSource,
  codes: EventCodes,
  eventId: string,
  overrides: {
    name?: string;
    email?: string;
    whatsapp?: string | null;
    affiliation?: string | null;
    userId?: string | null;
    status?: EventRegistrationStatus;
    answers?: Record<string, string>;
  } = {},
): Promise<{ id: string; code: string | null }> {
  const status = overrides.status ?? 'confirmed';
  const ticket = status === 'confirmed' || status === 'cancelled' ? codes.newTicketCode(eventId) : null;
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO event_registrations (event_id, user_id, name, email, whatsapp, affiliation, answers, status, consented_at,
                                      confirmed_at, cancelled_at, ticket_code_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(),
             CASE WHEN $8 IN ('confirmed', 'cancelled') THEN now() END, CASE WHEN $8 = 'cancelled' THEN now() END, $9)
     RETURNING id`,
    [
      eventId,
      overrides.userId ?? null,
      overrides.name ?? 'Siti Nurhaliza',
      overrides.email ?? `tamu-${Math.random().toString(36).slice(2, 10)}@contoh.id`,
      overrides.whatsapp ?? null,
      overrides.affiliation ?? null,
      overrides.answers ?? {},
      status,
      ticket?.hash ?? null,
    ],
  );
  if (status === 'confirmed') {
    await db.query(`UPDATE events SET confirmed_count = confirmed_count + 1 WHERE id = $1`, [eventId]);
  }
  return { id, code: ticket?.code ?? null };
}

/** The token in an email's link to this page (`acara/konfirmasi` for `/acara/konfirmasi#<token>`). */
export function tokenIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s"<]+/${path.replace(/\//g, '\\/')}#([A-Za-z0-9_.-]+)`).exec(mail.text);
  if (!match) throw new Error(`No /${path} link in the mail "${mail.subject}"`);
  return match[1];
}

export interface RegistrationRow {
  id: string;
  name: string;
  email: string | null;
  whatsapp: string | null;
  affiliation: string | null;
  answers: Record<string, string>;
  status: string;
  arrival: string;
  ticket_code_hash: Buffer | null;
  anonymised_at: Date | null;
}

/** An event's registrations as stored, in arrival order. */
export function registrationRows(db: DataSource, eventId: string): Promise<RegistrationRow[]> {
  return db.query(`SELECT * FROM event_registrations WHERE event_id = $1 ORDER BY arrival`, [eventId]);
}
