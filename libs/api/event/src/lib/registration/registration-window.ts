import { AppError } from '@bina-pustaka/api-platform';
import { formatDateTime } from '@bina-pustaka/shared-util';
import type { EventEntity } from '../entities/event.entity';
import { registrationState } from '../organising/registration-state';

type WindowFields = Parameters<typeof registrationState>[0] & Pick<EventEntity, 'timeZone'>;

/**
 * Why a new registration is refused now, or null when it is taken: the event page's own
 * reading of the window (`registrationState`), so the page and registering never disagree.
 * A draft is not found; a full event still takes registrations: they wait in line.
 */
export function registrationRefusal(event: WindowFields, now = new Date()): AppError | null {
  if (event.status === 'draft') return new AppError(404, 'event.notFound');
  switch (registrationState(event, now)) {
    case 'cancelled':
      return new AppError(409, 'eventRegistration.eventCancelled');
    case 'ended':
      return new AppError(409, 'eventRegistration.ended');
    case 'not-open':
      return new AppError(409, 'eventRegistration.notOpenYet', {
        opens: formatDateTime(event.registrationOpensAt ?? now, 'id', event.timeZone),
      });
    case 'closed':
      return new AppError(409, 'eventRegistration.closed');
    default:
      return null;
  }
}

/** Whether a seat may still be taken or given (confirming, promoting): published and not over. */
export function seatsMove(event: Pick<EventEntity, 'status' | 'endsAt'>, now = new Date()): boolean {
  return event.status === 'published' && event.endsAt > now;
}
