import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EventCheckInInput,
  EventCheckInOutcome,
  EventDetail,
  EventRegistrationCounts,
  EventRoster,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg } from '../learning/query-params';

/** A walk-in as the door sends it (`walkInSchema`): registered and checked in at once. */
export interface EventWalkInInput {
  name: string;
  email?: string;
  whatsapp?: string;
  affiliation?: string;
  scanId: string;
  at: string;
}

/** What sending a batch of queued check-ins answers: one outcome per scan, and the counts after them. */
export interface EventCheckInsResult {
  outcomes: EventCheckInOutcome[];
  counts: EventRegistrationCounts;
}

/**
 * The door's calls (managers of the event only; anyone else gets 404): the event (its title
 * and zone), the roster to check in offline, queued check-ins in batches and walk-ins.
 * Every send carries the phone's `scanId`, so sending again after a lost answer is harmless.
 */
@Injectable({ providedIn: 'root' })
export class EventDoorApi {
  private readonly http = inject(HttpClient);

  event(eventId: string): Observable<EventDetail> {
    return this.http.get<EventDetail>(this.url(eventId));
  }

  roster(eventId: string): Observable<EventRoster> {
    return this.http.get<EventRoster>(this.url(eventId, 'roster'));
  }

  checkIns(eventId: string, checkIns: EventCheckInInput[]): Observable<EventCheckInsResult> {
    return this.http.post<EventCheckInsResult>(this.url(eventId, 'check-ins'), { checkIns });
  }

  walkIn(eventId: string, walkIn: EventWalkInInput): Observable<EventCheckInOutcome> {
    return this.http.post<EventCheckInOutcome>(this.url(eventId, 'walk-ins'), walkIn);
  }

  private url(eventId: string, part?: string): string {
    return `/api/events/${seg(eventId)}${part ? `/${part}` : ''}`;
  }
}
