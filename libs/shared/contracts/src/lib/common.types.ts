export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

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
