import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, ApiIssue, Locale } from '@bina-pustaka/shared-contracts';
import type { core } from 'zod';
import { hasMessage, translate } from '../i18n/messages';
import { AppError, RequestValidationError, type MessageParams } from './app-error';

export interface DescribedError {
  status: number;
  body: ApiErrorBody;
  headers: Record<string, string>;
  /** True when the cause is ours, not the client's: log it. */
  unexpected: boolean;
}

const STATUS_MESSAGE: Record<number, string> = {
  400: 'http.badRequest',
  401: 'auth.tokenMissing',
  403: 'auth.forbidden',
  404: 'http.notFound',
  405: 'http.methodNotAllowed',
  408: 'http.requestTimeout',
  413: 'http.bodyTooLarge',
  415: 'http.unsupportedMediaType',
  429: 'http.tooManyRequests',
  431: 'http.headersTooLarge',
  503: 'http.unavailable',
};

function reasonPhrase(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name
    ? name
        .toLowerCase()
        .split('_')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(' ')
    : (STATUS_CODES[status] ?? 'Error');
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldLabel(locale: Locale, path: PropertyKey[]): string {
  const last = [...path].reverse().find((part) => typeof part === 'string');
  if (typeof last !== 'string') return path.join('.');
  const key = `fields.${last}`;
  return hasMessage(key) ? translate(locale, key) : last;
}

function issueMessage(locale: Locale, issue: core.$ZodIssue, input: unknown): { key: string; params: MessageParams } {
  if (issue.message.startsWith('validation.')) {
    // Custom checks may name what was wrong, e.g. the unknown placeholders of a template.
    const params = issue.code === 'custom' ? ((issue.params as MessageParams | undefined) ?? {}) : {};
    return { key: issue.message, params };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return { key: 'validation.bodyRequired', params: {} };
      if (valueAt(input, issue.path) === undefined) return { key: 'validation.required', params: {} };
      if (issue.expected === 'int') return { key: 'validation.notInteger', params: {} };
      return {
        key: 'validation.invalidType',
        params: {
          expected: hasMessage(`type.${issue.expected}`) ? translate(locale, `type.${issue.expected}`) : issue.expected,
        },
      };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return valueAt(input, issue.path) === '' || minimum === 1
          ? { key: 'validation.required', params: {} }
          : { key: 'validation.tooShort', params: { minimum } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'validation.tooFew', params: { minimum } };
      return { key: 'validation.tooSmall', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'validation.tooLong', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'validation.tooMany', params: { maximum } };
      return { key: 'validation.tooBig', params: { maximum } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email', params: {} };
      if (issue.format === 'uuid') return { key: 'validation.uuid', params: {} };
      return { key: 'validation.invalid', params: {} };
    case 'invalid_value':
      return { key: 'validation.invalidOption', params: { options: issue.values.map(String).join(', ') } };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}

function describeIssues(locale: Locale, error: RequestValidationError): ApiIssue[] {
  return error.issues.flatMap((issue): ApiIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = [...issue.path, key].join('.');
        return { field, message: translate(locale, 'validation.unknownField', { field }) };
      });
    }
    const { key, params } = issueMessage(locale, issue, error.input);
    return [
      {
        field: issue.path.join('.'),
        message: translate(locale, key, { field: fieldLabel(locale, issue.path), ...params }),
      },
    ];
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${Math.round(bytes / 1_048_576)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** One translation of any error into the status, body and headers a client gets. */
export function describeError(error: unknown, locale: Locale, bodyLimitBytes: number): DescribedError {
  const respond = (
    status: number,
    code: string,
    params: MessageParams = {},
    headers: Record<string, string> = {},
    issues?: ApiIssue[],
  ): DescribedError => ({
    status,
    headers,
    unexpected: status >= 500,
    body: {
      statusCode: status,
      error: reasonPhrase(status),
      code,
      message: translate(locale, code, params),
      ...(issues ? { issues } : {}),
    },
  });

  if (error instanceof RequestValidationError) {
    return respond(400, 'validation.failed', {}, {}, describeIssues(locale, error));
  }
  if (error instanceof AppError) {
    return respond(error.getStatus(), error.code, error.params, error.headers);
  }
  if (error instanceof HttpException) {
    // Includes Fastify's own errors (body parsing, media type, size), which Nest wraps.
    const status = error.getStatus();
    if (status === 413) return respond(413, 'http.bodyTooLarge', { limit: formatBytes(bodyLimitBytes) });
    if (status === 400 && /json/i.test(error.message)) {
      return respond(400, /empty/i.test(error.message) ? 'validation.bodyRequired' : 'http.invalidJson');
    }
    return respond(status, STATUS_MESSAGE[status] ?? (status >= 500 ? 'http.internal' : 'http.badRequest'));
  }
  return respond(500, 'http.internal');
}
