import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EventConfirmation,
  EventKind,
  EventRegistrationResult,
  EventSummaryPage,
  EventTicket,
  GuestRegistrationInput,
  MemberRegistrationInput,
  PublicEvent,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg, toParams } from '../learning/query-params';

/** `publicEventListQuerySchema`: dates are calendar days ("2026-12-19"). */
export interface PublicEventQuery {
  kind?: EventKind;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/**
 * The public side of events: the list and an event's page by slug (no sign-in), a guest's
 * registration and the pages behind the email links (the signed token is posted in the body,
 * never put in a URL), and a signed-in member's own one-click registration by event id.
 */
@Injectable({ providedIn: 'root' })
export class PublicEventsApi {
  private readonly http = inject(HttpClient);

  list(query: PublicEventQuery = {}): Observable<EventSummaryPage> {
    return this.http.get<EventSummaryPage>('/api/public/events', { params: toParams(query) });
  }

  bySlug(slug: string): Observable<PublicEvent> {
    return this.http.get<PublicEvent>(`/api/public/events/${seg(slug)}`);
  }

  /** The iCal file's address, for a plain link (the browser downloads it; no personal data in it). */
  calendarUrl(slug: string): string {
    return `/api/public/events/${seg(slug)}/calendar.ics`;
  }

  register(slug: string, input: GuestRegistrationInput): Observable<EventRegistrationResult> {
    return this.http.post<EventRegistrationResult>(`/api/public/events/${seg(slug)}/registrations`, input);
  }

  /** A signed-in member's registration (404 when they have none). */
  myRegistration(eventId: string): Observable<EventTicket> {
    return this.http.get<EventTicket>(`/api/events/${seg(eventId)}/registration`);
  }

  /** One click; `answers` to the organiser's questions when the event asks any (required ones must be there). */
  registerMember(eventId: string, answers: Record<string, string> = {}): Observable<EventRegistrationResult> {
    const input: MemberRegistrationInput = { answers };
    return this.http.post<EventRegistrationResult>(`/api/events/${seg(eventId)}/registration`, input);
  }

  cancelMine(eventId: string): Observable<EventRegistrationResult> {
    return this.http.delete<EventRegistrationResult>(`/api/events/${seg(eventId)}/registration`);
  }

  /** The confirmation email's link: holds the seat (or a place in line). */
  confirm(token: string): Observable<EventConfirmation> {
    return this.http.post<EventConfirmation>('/api/public/event-registrations/confirm', { token });
  }

  ticket(token: string): Observable<EventTicket> {
    return this.http.post<EventTicket>('/api/public/event-registrations/ticket', { token });
  }

  cancel(token: string): Observable<EventRegistrationResult> {
    return this.http.post<EventRegistrationResult>('/api/public/event-registrations/cancel', { token });
  }

  /** The guest's name, email, WhatsApp and answers blanked now (UU 27/2022). */
  erase(token: string): Observable<void> {
    return this.http.post<void>('/api/public/event-registrations/erase', { token });
  }
}
