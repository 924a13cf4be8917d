import { HttpException } from '@nestjs/common';
import type { core } from 'zod';

export type MessageParams = Record<string, string | number>;

/**
 * An expected failure with a translatable reason: `code` is a message key
 * (e.g. "users.emailTaken") that the exception filter turns into a sentence.
 */
export class AppError extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly params: MessageParams = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code, status);
  }
}

/** Bad input found by a request schema; the raw issues are translated per request. */
export class RequestValidationError extends HttpException {
  constructor(
    readonly issues: core.$ZodIssue[],
    readonly input: unknown,
  ) {
    super('validation.failed', 400);
  }
}
