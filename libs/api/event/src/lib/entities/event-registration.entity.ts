import type { EventCheckInMethod, EventRegistrationStatus, EventScanOutcome } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** int8 comes back from pg as a string; arrivals stay far below 2^53. */
const arrival = { to: (value: number) => value, from: (value: string) => Number(value) };

/**
 * One person's place at an event: a guest (no account: name, email and WhatsApp live here
 * until the retention job blanks them) or a member (userId). The ticket code itself is
 * never stored, only its sha256.
 */
@Entity({ name: 'event_registrations' })
export class EventRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  /** Lowercase; null only for a walk-in who gave none, or once anonymised. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  whatsapp!: string | null;

  @Column({ type: 'text', nullable: true })
  affiliation!: string | null;

  @Column({ type: 'jsonb' })
  answers!: Record<string, string>;

  @Column({ type: 'text' })
  status!: EventRegistrationStatus;

  /** The order registrations came in: the waitlist's order. */
  @Column({ type: 'bigint', transformer: arrival })
  arrival!: number;

  @Column({ type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ type: 'timestamptz' })
  consentedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'bytea', nullable: true })
  ticketCodeHash!: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  checkedInBy!: string | null;

  @Column({ type: 'text', nullable: true })
  checkInMethod!: EventCheckInMethod | null;

  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;
}

/** A scan sent from a door's phone, kept by the phone's own id so a resend is answered the same. */
@Entity({ name: 'event_check_in_scans' })
export class EventCheckInScanEntity {
  @PrimaryColumn({ type: 'uuid' })
  scanId!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid', nullable: true })
  registrationId!: string | null;

  @Column({ type: 'text' })
  outcome!: EventScanOutcome;

  @Column({ type: 'timestamptz' })
  scannedAt!: Date;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  scannedBy!: string | null;
}

export const eventRegistrationEntities = [EventRegistrationEntity, EventCheckInScanEntity];
