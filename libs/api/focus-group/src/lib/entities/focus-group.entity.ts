import type {
  ActionItemStatus,
  FocusGroupRole,
  FocusGroupSessionMode,
  FocusGroupStatus,
} from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'focus_groups' })
export class FocusGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text' })
  status!: FocusGroupStatus;

  @Column({ type: 'boolean' })
  allowAnonymous!: boolean;

  /** The group's private forum (made with the group through the forum's ForumSpacesService). */
  @Column({ type: 'uuid', nullable: true })
  forumId!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'focus_group_people' })
export class FocusGroupPersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: FocusGroupRole;

  @Column({ type: 'timestamptz' })
  addedAt!: Date;
}

@Entity({ name: 'focus_group_sessions' })
export class FocusGroupSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'text' })
  mode!: FocusGroupSessionMode;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'uuid', nullable: true })
  webinarSessionId!: string | null;

  @Column({ type: 'boolean' })
  cancelled!: boolean;

  @Column({ type: 'text' })
  notesMarkdown!: string;

  /** Sanitized with the lessons' Markdown sanitizer when written. */
  @Column({ type: 'text' })
  notesHtml!: string;

  @Column({ type: 'timestamptz', nullable: true })
  notesUpdatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  notesUpdatedBy!: string | null;
}

@Entity({ name: 'focus_group_findings' })
export class FocusGroupFindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'text' })
  challenge!: string;

  @Column({ type: 'text' })
  tag!: string;

  @Column({ type: 'integer' })
  raisedByCount!: number;

  @Column({ type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'focus_group_actions' })
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'uuid', nullable: true })
  findingId!: string | null;

  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  /** A calendar date (YYYY-MM-DD), read as a string. */
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'text' })
  status!: ActionItemStatus;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const focusGroupEntities = [
  FocusGroupEntity,
  FocusGroupPersonEntity,
  FocusGroupSessionEntity,
  FocusGroupFindingEntity,
  ActionItemEntity,
];
