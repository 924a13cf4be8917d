import { formatDate, formatDateTime, formatTime } from '@bina-pustaka/shared-util';
import type { CalendarDay } from './ticket-calendar';

/**
 * When an event is held, in its own zone, as a person reads it: "19 Desember 2026, 09.00 WIB –
 * 12.00 WIB" for one day, each day's start and end for several.
 */
export function eventWhen(days: CalendarDay[], timeZone: string): string {
  return days
    .map((day) => {
      const sameDay = formatDate(day.startsAt, 'id', timeZone) === formatDate(day.endsAt, 'id', timeZone);
      const end = sameDay ? formatTime(day.endsAt, 'id', timeZone) : formatDateTime(day.endsAt, 'id', timeZone);
      return `${formatDateTime(day.startsAt, 'id', timeZone)} – ${end}`;
    })
    .join('; ');
}
