import { HttpErrorResponse } from '@angular/common/http';
import { toApiFailure } from '../api-error';

/** Why the room could not be entered, for the "Coba lagi" screen. */
export interface RoomFailure {
  code: string;
  /** The server's sentence, already translated; null: the client's own words by code. */
  message: string | null;
}

/** An acknowledged message the server refused, with its translated reason. */
export class RoomRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RoomRequestError';
  }
}

/** The server refused the handshake (bad, expired or banned token). */
export class HandshakeRefused extends RoomRequestError {}

/** Thrown inside an attempt that a newer attempt (or leaving) made pointless. */
export class Superseded extends Error {}

/** Whether a failed attempt is worth repeating, and what to tell the person. */
export function describeFailure(error: unknown): { fatal: boolean; failure: RoomFailure } {
  if (error instanceof HttpErrorResponse) {
    const failure = toApiFailure(error);
    // 4xx: the server said no (not allowed, too early, ended); 0 and 5xx: try again.
    const fatal = failure.status >= 400 && failure.status < 500 && failure.status !== 408 && failure.status !== 429;
    return { fatal, failure: { code: failure.code, message: failure.message } };
  }
  if (error instanceof HandshakeRefused) return { fatal: true, failure: { code: error.code, message: error.message } };
  if (error instanceof RoomRequestError) {
    const transient = error.code === 'timeout' || error.code === 'notConnected';
    return { fatal: !transient, failure: { code: error.code, message: transient ? null : error.message } };
  }
  return { fatal: false, failure: { code: 'network', message: null } };
}

/** One line for support (see `diagnostics`). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
