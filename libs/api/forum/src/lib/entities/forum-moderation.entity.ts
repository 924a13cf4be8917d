import type { ForumModerationAction, ForumReportOutcome, ForumReportReason } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member's report of a post; open until a moderator resolves or dismisses it. */
@Entity({ name: 'forum_reports' })
export class ForumReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  postId!: string;

  @Column({ type: 'uuid' })
  reporterId!: string;

  @Column({ type: 'text' })
  reason!: ForumReportReason;

  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: ForumReportOutcome | null;
}

/** A member kept from writing in a forum (forumId null: the whole community) until endsAt. */
@Entity({ name: 'forum_suspensions' })
export class ForumSuspensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  forumId!: string | null;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;
}

@Entity({ name: 'forum_moderation_log' })
export class ForumModerationLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  forumId!: string | null;

  @Column({ type: 'uuid' })
  actorId!: string;

  @Column({ type: 'text' })
  action!: ForumModerationAction;

  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

export const forumModerationEntities = [ForumReportEntity, ForumSuspensionEntity, ForumModerationLogEntity];
