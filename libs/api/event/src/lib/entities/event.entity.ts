import type {
  EventFormat,
  EventKind,
  EventPersonRole,
  EventProgrammeItem,
  EventQuestion,
  EventSeriesSchedule,
  EventStatus,
  EventTimeZone,
  EventVenue,
} from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** numeric comes back from pg as a string. */
const hours = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ name: 'event_series' })
export class EventSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'jsonb' })
  schedule!: EventSeriesSchedule;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'text' })
  format!: EventFormat;

  @Column({ type: 'text' })
  status!: EventStatus;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Markdown as the organiser wrote it; sanitized to HTML when read. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  coverKey!: string | null;

  @Column({ type: 'text' })
  timeZone!: EventTimeZone;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  venue!: EventVenue | null;

  @Column({ type: 'jsonb' })
  programme!: EventProgrammeItem[];

  @Column({ type: 'jsonb' })
  questions!: EventQuestion[];

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationClosesAt!: Date | null;

  @Column({ type: 'text' })
  dataPurpose!: string;

  @Column({ type: 'integer' })
  guestDataRetentionDays!: number;

  @Column({ type: 'uuid', nullable: true })
  webinarSessionId!: string | null;

  /** The organiser picked a session they run (the event leaves it as it is); false: the event made it. */
  @Column({ type: 'boolean' })
  webinarSessionPicked!: boolean;

  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  @Column({ type: 'text', nullable: true })
  book!: string | null;

  @Column({ type: 'integer' })
  confirmedCount!: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

@Entity({ name: 'event_days' })
export class EventDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'smallint' })
  dayNo!: number;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;
}

@Entity({ name: 'event_people' })
export class EventPersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  role!: EventPersonRole;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  affiliation!: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: hours })
  creditedHours!: number | null;
}

@Entity({ name: 'event_partners' })
export class EventPartnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'smallint' })
  position!: number;
}

@Entity({ name: 'event_organisers' })
export class EventOrganiserEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;
}

export const eventOrganisingEntities = [
  EventSeriesEntity,
  EventEntity,
  EventDayEntity,
  EventPersonEntity,
  EventPartnerEntity,
  EventOrganiserEntity,
];
