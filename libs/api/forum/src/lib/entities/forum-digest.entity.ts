import type { ForumDigestTimeZone } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's digest setting; without a row the digest is on, at 07.00 WIB. */
@Entity({ name: 'forum_digest_settings' })
export class ForumDigestSettingEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ type: 'text' })
  timeZone!: ForumDigestTimeZone;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A post already mailed to a person in a digest: it is never mailed to them again. */
@Entity({ name: 'forum_digest_sent_posts' })
export class ForumDigestSentPostEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  postId!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}

export const forumDigestEntities = [ForumDigestSettingEntity, ForumDigestSentPostEntity];
