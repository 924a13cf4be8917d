import type { ForumKind, ThreadKind } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A community category, the forum of one course (created the first time it is asked for), or
 * the private forum of another domain's space (a focus group; ForumSpacesService).
 */
@Entity({ name: 'forums' })
export class ForumEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ForumKind;

  @Column({ type: 'text', nullable: true })
  slug!: string | null;

  /** A category's name; null for a course forum (its title is the course's). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'integer', nullable: true })
  position!: number | null;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  /** The space (a focus group) a private forum belongs to; its kind names the space's domain. */
  @Column({ type: 'uuid', nullable: true })
  spaceId!: string | null;

  /** How many first posts of a member wait for a moderator's approval (0: none). */
  @Column({ type: 'integer' })
  holdFirstPosts!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'forum_threads' })
export class ForumThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  forumId!: string;

  @Column({ type: 'text' })
  kind!: ThreadKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastPostAt!: Date;

  /** The seq of the newest post; the next post takes the one after it. */
  @Column({ type: 'integer' })
  lastSeq!: number;

  @Column({ type: 'integer' })
  postCount!: number;

  @Column({ type: 'uuid', nullable: true })
  answerPostId!: string | null;

  @Column({ type: 'boolean' })
  pinned!: boolean;

  @Column({ type: 'boolean' })
  locked!: boolean;

  /** Its opening post waits for approval: nobody but its author and moderators sees the thread. */
  @Column({ type: 'timestamptz', nullable: true })
  heldAt!: Date | null;
}

@Entity({ name: 'forum_posts' })
export class ForumPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  /** Its place in the thread, taken when published (a held reply has none until approved). */
  @Column({ type: 'integer', nullable: true })
  seq!: number | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  bodyMarkdown!: string;

  /** Sanitized, with mentions as markers that are named when shown (post-text.ts). */
  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'text' })
  bodyText!: string;

  @Column({ type: 'uuid', nullable: true })
  quotePostId!: string | null;

  /** Posted anonymously: only the author and the forum's moderators see who wrote it. */
  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  deleteReason!: string | null;

  /** Hidden by a moderator: members see it like a deleted post, moderators read it. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @Column({ type: 'text', nullable: true })
  hideReason!: string | null;

  /** Waiting for a moderator's approval: only its author and moderators see it. */
  @Column({ type: 'timestamptz', nullable: true })
  heldAt!: Date | null;
}

/** The text a post had before an edit (moderators read the history). */
@Entity({ name: 'forum_post_revisions' })
export class ForumPostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  postId!: string;

  @Column({ type: 'text' })
  bodyMarkdown!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'uuid' })
  editorId!: string;

  @Column({ type: 'timestamptz' })
  editedAt!: Date;
}

@Entity({ name: 'forum_thanks' })
export class ForumThanksEntity {
  @PrimaryColumn({ type: 'uuid' })
  postId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

/** How far a person has read a thread (the seq of the last post they saw). */
@Entity({ name: 'forum_thread_reads' })
export class ForumThreadReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  threadId!: string;

  @Column({ type: 'integer' })
  lastReadSeq!: number;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}

/** A person follows a thread (its replies) or a forum (its new threads). */
@Entity({ name: 'forum_watches' })
export class ForumWatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  forumId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

export const forumEntities = [
  ForumEntity,
  ForumThreadEntity,
  ForumPostEntity,
  ForumPostRevisionEntity,
  ForumThanksEntity,
  ForumThreadReadEntity,
  ForumWatchEntity,
];
