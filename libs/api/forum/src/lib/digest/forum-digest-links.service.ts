import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { API_PREFIX, APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl } from '@bina-pustaka/shared-contracts';

const PURPOSE = 'forum-digest-unsubscribe';

/**
 * The digest's one-click unsubscribe link: the person's id and an HMAC of it and its
 * purpose, with a key of its own derived from the app secret (so it can pass for nothing
 * else). It does not expire: an old digest's link keeps working, and all it can do is stop
 * the digest of the person it was written for.
 */
@Injectable()
export class ForumDigestLinksService {
  private readonly key: Buffer;
  private readonly publicUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.auth.jwtSecret, 'bina-pustaka', PURPOSE, 32));
    this.publicUrl = config.http.publicUrl;
  }

  /** 32 hex digits of the id, then 43 characters of signature (URL-safe, no separator). */
  token(userId: string): string {
    return `${userId.replaceAll('-', '')}${this.mac(userId)}`;
  }

  /** The person the token was written for, or null when it is not ours. */
  userOf(token: string): string | null {
    const hex = token.slice(0, 32);
    if (!/^[0-9a-f]{32}$/.test(hex)) return null;
    const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const given = Buffer.from(token.slice(32));
    const expected = Buffer.from(this.mac(userId));
    return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
  }

  /** The page the mail's link opens (the token in the fragment, which no server logs). */
  pageUrl(userId: string): string {
    return `${appUrl(this.publicUrl, APP_PATHS.forumDigestUnsubscribe)}#token=${this.token(userId)}`;
  }

  /** The List-Unsubscribe address mail clients POST to (RFC 8058); the logger blanks `token=`. */
  oneClickUrl(userId: string): string {
    return `${this.publicUrl}/${API_PREFIX}/forum-digest/unsubscribe?token=${this.token(userId)}`;
  }

  private mac(userId: string): string {
    return createHmac('sha256', this.key).update(`${PURPOSE}\n${userId}`).digest('base64url');
  }
}
