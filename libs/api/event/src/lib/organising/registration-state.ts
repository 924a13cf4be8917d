import type { EventRegistrationState } from '@bina-pustaka/shared-contracts';
import type { EventEntity } from '../entities/event.entity';

type Seats = Pick<EventEntity, 'capacity' | 'confirmedCount'>;
type Window = Seats & Pick<EventEntity, 'status' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>;

/** Seats still free (null: the event sets no capacity). */
export const seatsLeft = (event: Seats): number | null =>
  event.capacity === null ? null : Math.max(0, event.capacity - event.confirmedCount);

/**
 * Where the public registration stands: a draft is not open yet, a cancelled event says
 * so, an event whose last day has ended is over; otherwise its window decides, and a full
 * event still takes registrations onto the waitlist. Registering reads this too
 * (`registrationRefusal`), so the page and the api agree.
 */
export function registrationState(event: Window, now: Date = new Date()): EventRegistrationState {
  if (event.status === 'cancelled') return 'cancelled';
  if (now >= event.endsAt) return 'ended';
  if (event.status === 'draft') return 'not-open';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not-open';
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed';
  return seatsLeft(event) === 0 ? 'waitlist' : 'open';
}
