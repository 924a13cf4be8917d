import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface SignedUrlParams {
  expires: number;
  signature: string;
}

/**
 * Signs links to files for one user for a while, so that <img>, <video> and downloads
 * work without the Authorization header. The server checks the user's access again
 * when the link is used; the signature only says who asked and until when.
 */
@Injectable()
export class UrlSignerService {
  private readonly key: Buffer;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Its own key, derived from the app secret, so a file signature can never pass as a token.
    this.key = Buffer.from(hkdfSync('sha256', config.auth.jwtSecret, 'bina-pustaka', 'file-urls', 32));
    this.ttlSeconds = config.storage.fileUrlTtlMinutes * 60;
  }

  sign(subject: string, userId: string, now = Date.now()): SignedUrlParams {
    // Rounded up to the hour: the same link all hour, so browsers can cache the file.
    const hour = 3600;
    const expires = Math.ceil((Math.floor(now / 1000) + this.ttlSeconds) / hour) * hour;
    return { expires, signature: this.mac(subject, userId, expires) };
  }

  /** `u=…&expires=…&signature=…` to append to a link. */
  signedQuery(subject: string, userId: string): string {
    const { expires, signature } = this.sign(subject, userId);
    return new URLSearchParams({ u: userId, expires: String(expires), signature }).toString();
  }

  /** True when the signature is ours for this subject and user and has not expired. */
  verify(subject: string, userId: string, params: { expires: number; signature: string }, now = Date.now()): boolean {
    if (!Number.isInteger(params.expires) || params.expires * 1000 < now) return false;
    const expected = Buffer.from(this.mac(subject, userId, params.expires));
    const given = Buffer.from(params.signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(subject: string, userId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${subject}\n${userId}\n${expires}`).digest('base64url');
  }
}

/** The signed part of a link (`?u=…&expires=…&signature=…`), as a query DTO. */
export class SignedLinkQueryDto extends createZodDto(
  z.strictObject({
    u: z.uuid(),
    expires: z.coerce.number().int().positive(),
    signature: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
  }),
) {}
