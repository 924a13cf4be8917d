/**
 * What the event int specs share: the api with the modules an event reads (identity for
 * organisers and partner institutions, webinar sessions for online events) and an event row.
 */
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { learningMigrations } from '@bina-pustaka/api-learning';
import { notificationsMigrations } from '@bina-pustaka/api-notifications';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import type { EventRegistrationStatus } from '@bina-pustaka/shared-contracts';
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
    ...eventMigrations,
  ],
};

/** A published one-day book launch at the library, straight into the table. */
export async function insertEvent(
  db: DataSource,
  overrides: {
    slug?: string;
    capacity?: number | null;
    createdBy?: string | null;
    startsAt?: Date;
    endsAt?: Date;
    guestDataRetentionDays?: number;
  } = {},
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO events (slug, kind, format, status, title, time_zone, starts_at, ends_at, venue, capacity, data_purpose, created_by,
                         guest_data_retention_days)
     VALUES ($1, 'book-launch', 'in-person', 'published', 'Peluncuran Buku "Senja di Pelabuhan"', 'Asia/Jakarta',
             $4, $5,
             '{"name": "Aula Perpustakaan Kota", "address": "Jl. Merdeka No. 1", "city": "Bandung", "latitude": null, "longitude": null}',
             $2, 'Untuk tiket dan sertifikat acara ini.', $3, $6)
     RETURNING id`,
    [
      overrides.slug ?? `peluncuran-buku-${Math.random().toString(36).slice(2, 6)}`,
      overrides.capacity ?? null,
      overrides.createdBy ?? null,
      overrides.startsAt ?? new Date('2026-12-19T02:00:00Z'),
      overrides.endsAt ?? new Date('2026-12-19T05:00:00Z'),
      overrides.guestDataRetentionDays ?? 365,
    ],
  );
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
