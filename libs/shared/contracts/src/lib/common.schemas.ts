import { z } from 'zod';
import { LOCALES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './common.types';
import { isCommonPassword } from './passwords/common-password';

/**
 * Error messages carried by schemas are translation keys (validation.*): the api turns
 * them into Indonesian or English by Accept-Language.
 */
export const localeSchema = z.enum(LOCALES);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'validation.email' }));

/**
 * A new password: long enough, and not one attackers try first (NIST SP 800-63B: length
 * and a list of known passwords, no composition rules that push people to "Password1!").
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .refine((value) => !isCommonPassword(value), { error: 'validation.passwordCommon' });

export const personNameSchema = z.string().trim().min(3).max(120);

/** NIP: the 18-digit civil servant number; optional for librarians who are not civil servants. */
export const nipSchema = z
  .string()
  .trim()
  .regex(/^\d{18}$/, { error: 'validation.nip' });

export const positionSchema = z.string().trim().max(120);

/** A web address people can open: http or https only (no javascript:, data: or file:). */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: 'validation.url' }));

export const uuidSchema = z.uuid({ error: 'validation.uuid' });

export const pageQuerySchema = z.strictObject({
  // Bounded so the offset stays a number PostgreSQL takes (page=1e300 is an integer too).
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A moment with its offset, as the browser sends it (2026-11-25T14:00:00+07:00). */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'validation.dateTime' });

/** An IANA time zone the runtime knows (Asia/Jakarta, Asia/Makassar, Asia/Jayapura). */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(60)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'validation.timeZone' },
  );
