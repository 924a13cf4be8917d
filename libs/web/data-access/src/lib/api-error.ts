import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';

/** What a screen needs from a failed call: the server's translated sentence and per-field issues. */
export interface ApiFailure {
  status: number;
  code: string;
  /** Already translated by the server; null when the server could not be reached or sent no body. */
  message: string | null;
  /** Field path ("email", "roles.0") to the server's translated message. */
  issues: Record<string, string>;
  /** Seconds the server asked to wait before trying again (its Retry-After), if it said. */
  retryAfterSeconds?: number;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value && 'code' in value;
}

/**
 * Gateway answers without the api's error body: the api was not reached. The service worker
 * answers 504 to any request it passes on while the phone is offline, and a proxy answers
 * 502/503/504 while the api restarts; callers treat these like a lost network (keep, retry).
 */
const UNREACHABLE = new Set([0, 502, 503, 504]);

export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof HttpErrorResponse && isApiErrorBody(error.error)) {
    const body = error.error;
    const issues: Record<string, string> = {};
    // The first message per field is the one to show; later ones repeat the same field.
    for (const issue of body.issues ?? []) issues[issue.field] ??= issue.message;
    const failure: ApiFailure = {
      status: body.statusCode ?? error.status,
      code: body.code,
      message: body.message,
      issues,
    };
    const wait = retryAfter(error);
    if (wait !== null) failure.retryAfterSeconds = wait;
    return failure;
  }
  const status = error instanceof HttpErrorResponse && !UNREACHABLE.has(error.status) ? error.status : 0;
  return { status, code: status === 0 ? 'network' : 'unexpected', message: null, issues: {} };
}

/** Retry-After in seconds (the api sends seconds, never an HTTP date). */
function retryAfter(error: HttpErrorResponse): number | null {
  const seconds = Number(error.headers?.get('Retry-After') ?? NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
