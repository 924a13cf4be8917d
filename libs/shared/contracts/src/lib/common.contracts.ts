import { z } from 'zod';

export const LOCALES = ['id', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/**
 * Error messages carried by schemas are translation keys (validation.*): the api turns
 * them into Indonesian or English by Accept-Language, the web client by its language.
 */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'validation.email' }));

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** A new password: long enough, and not a single kind of character. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .refine((value) => /\p{L}/u.test(value) && /[^\p{L}]/u.test(value), {
    error: 'validation.passwordWeak',
  });

export const personNameSchema = z.string().trim().min(3).max(120);

/** NIP: the 18-digit civil servant number; optional for librarians who are not civil servants. */
export const nipSchema = z
  .string()
  .trim()
  .regex(/^\d{18}$/, { error: 'validation.nip' });

export const positionSchema = z.string().trim().max(120);

export const uuidSchema = z.uuid({ error: 'validation.uuid' });

export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApiIssue {
  /** Dotted path of the field, e.g. "email" or "roles.0". */
  field: string;
  message: string;
}

/** The body of every 4xx/5xx answer. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  /** A sentence a person understands, in the language asked for. */
  message: string;
  /** Stable machine-readable reason, e.g. "auth.invalidCredentials". */
  code: string;
  issues?: ApiIssue[];
}
