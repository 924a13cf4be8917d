import type { WebinarRoomRole } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One stay in the room: from joining to leaving (left_at null while inside). */
@Entity({ name: 'webinar_visits' })
export class WebinarVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: WebinarRoomRole;

  @Column({ type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  /** Kept current while the room's process runs (see WebinarVisitsService.keepAlive). */
  @Column({ type: 'timestamptz' })
  seenAt!: Date;
}

/** A participant's settled attendance, written when the session ends. */
@Entity({ name: 'webinar_attendance' })
export class WebinarAttendanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: WebinarRoomRole;

  @Column({ type: 'timestamptz' })
  firstJoinedAt!: Date;

  @Column({ type: 'timestamptz' })
  lastLeftAt!: Date;

  @Column({ type: 'integer' })
  visits!: number;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'integer' })
  percent!: number;
}
