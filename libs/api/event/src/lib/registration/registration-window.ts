import { AppError } from '@bina-pustaka/api-platform';
import { formatDateTime } from '@bina-pustaka/shared-util';
import type { EventEntity } from '../entities/event.entity';

type WindowFields = Pick<
  EventEntity,
  'status' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt' | 'timeZone'
>;

/**
 * Why a new registration is refused now, or null when registration is open: a draft is not
 * found, a cancelled or ended event says so, and the window says when it opens or that it
 * closed. A full event still takes registrations: they wait in line.
 */
export function registrationRefusal(event: WindowFields, now = new Date()): AppError | null {
  if (event.status === 'draft') return new AppError(404, 'eventRegistration.eventNotFound');
  if (event.status === 'cancelled') return new AppError(409, 'eventRegistration.eventCancelled');
  if (event.endsAt <= now) return new AppError(409, 'eventRegistration.ended');
  if (event.registrationOpensAt && now < event.registrationOpensAt) {
    return new AppError(409, 'eventRegistration.notOpenYet', {
      opens: formatDateTime(event.registrationOpensAt, 'id', event.timeZone),
    });
  }
  if (event.registrationClosesAt && now >= event.registrationClosesAt) {
    return new AppError(409, 'eventRegistration.closed');
  }
  return null;
}

/** Whether a seat may still be taken or given (confirming, promoting): published and not over. */
export function seatsMove(event: Pick<EventEntity, 'status' | 'endsAt'>, now = new Date()): boolean {
  return event.status === 'published' && event.endsAt > now;
}
