export const FORUM_DIGEST_JOB = 'forum-digest';

/** Every hour on the hour: the people for whom it is then 07.00 get their digest. */
export const FORUM_DIGEST_PATTERN = '0 * * * *';

export interface ForumDigestJob {
  /** The hour to send for (ISO); the scheduler's runs leave it out and use their planned time. */
  at?: string;
}
