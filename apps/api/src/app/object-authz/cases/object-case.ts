import type { Actor, World } from '../world';

/**
 * One route aimed at one of side B's objects, and who may act on it. Everyone not listed
 * must be refused (403 or 404, or what `refusedWith` names), never let through; everyone
 * listed must get past the access rules (any answer but a refusal, a 401 or a 5xx: a 409 or
 * a 422 of a business rule is fine).
 */
export interface ObjectCase {
  route: string;
  /** The path's parameters in order (one id, or several for nested routes). */
  object: (w: World) => string | string[];
  /** A valid body, so that a refusal comes from the access rules and not from validation. */
  body?: (w: World) => unknown;
  /** What the path names when it is not simply B's object (e.g. "B's finding through A's group"). */
  via?: string;
  /** A query string the route needs (without '?'), or one naming B's objects. */
  query?: string | ((w: World) => string);
  allowed: readonly Actor[];
  /** The answers that count as a refusal (default 403 and 404); a body naming another's object may get a 422. */
  refusedWith?: readonly number[];
  /** Removes or ends the object: only the refusals are sent; the allowed call is skipped (it would spoil the world). */
  destructive?: true;
}

export const STAFF: readonly Actor[] = ['coordinatorA', 'coordinatorB', 'admin'];
export const EVERYONE: readonly Actor[] = ['learnerA', 'learnerB', 'trainerA', 'trainerB', ...STAFF];
/** Some of side B and the staff. */
export const bAnd = (...actors: Actor[]): Actor[] => [...actors, ...STAFF];
