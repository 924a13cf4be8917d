/**
 * The forum's daily email digest (issue 13): at 07.00 in the person's zone, the new posts
 * of the threads and forums they watch. On unless they turn it off (in the app, or with the
 * signed one-click link in every digest).
 */
export const FORUM_DIGEST_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type ForumDigestTimeZone = (typeof FORUM_DIGEST_TIME_ZONES)[number];

/** The hour of the day (in the person's zone) the digest goes out. */
export const FORUM_DIGEST_HOUR = 7;

export interface ForumDigestSetting {
  enabled: boolean;
  /** WIB, WITA or WIT: the zone whose 07.00 the digest is sent at. */
  timeZone: ForumDigestTimeZone;
}
