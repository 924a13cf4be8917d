/**
 * What the event int specs share: the api with the modules an event reads (identity for
 * organisers and partner institutions, webinar sessions for online events) and an event row.
 */
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { learningMigrations } from '@bina-pustaka/api-learning';
import { notificationsMigrations } from '@bina-pustaka/api-notifications';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import type { DataSource } from 'typeorm';
import { EventModule, eventMigrations } from '../lib/event.module';

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
  overrides: { slug?: string; capacity?: number | null; createdBy?: string | null } = {},
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO events (slug, kind, format, status, title, time_zone, starts_at, ends_at, venue, capacity, data_purpose, created_by)
     VALUES ($1, 'book-launch', 'in-person', 'published', 'Peluncuran Buku "Senja di Pelabuhan"', 'Asia/Jakarta',
             '2026-12-19T02:00:00Z', '2026-12-19T05:00:00Z',
             '{"name": "Aula Perpustakaan Kota", "address": "Jl. Merdeka No. 1", "city": "Bandung", "latitude": null, "longitude": null}',
             $2, 'Untuk tiket dan sertifikat acara ini.', $3)
     RETURNING id`,
    [
      overrides.slug ?? `peluncuran-buku-${Math.random().toString(36).slice(2, 6)}`,
      overrides.capacity ?? null,
      overrides.createdBy ?? null,
    ],
  );
  return id;
}
