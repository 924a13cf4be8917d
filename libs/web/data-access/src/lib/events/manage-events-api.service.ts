import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type EventDetail,
  type EventFormat,
  type EventKind,
  type EventPersonRole,
  type EventProgrammeItem,
  type EventQuestion,
  type EventRegistrationPage,
  type EventRegistrationResult,
  type EventRegistrationStatus,
  type EventSeries,
  type EventStatus,
  type EventTimeZone,
  type EventVenue,
  type StaffEventSummaryPage,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { jsonErrorBody } from '../certificates/blob-error';
import { type DownloadedFile, FilesApi } from '../learning/files-api.service';
import { seg, toParams } from '../learning/query-params';

/** staffEventListQuerySchema */
export interface StaffEventListQuery {
  status?: EventStatus;
  kind?: EventKind;
  q?: string;
  page: number;
  pageSize: number;
}

/** eventRegistrationListQuerySchema */
export interface EventRegistrationListQuery {
  status?: EventRegistrationStatus;
  q?: string;
  page: number;
  pageSize: number;
}

/** One person as the form sends them (createEventSchema's `people`). */
export interface EventPersonBody {
  role: EventPersonRole;
  userId: string | null;
  name: string;
  affiliation: string | null;
  creditedHours: number | null;
}

/** Everything the organisers' form sends (createEventSchema); a change sends any part of it. */
export interface EventBody {
  kind: EventKind;
  format: EventFormat;
  title: string;
  summary: string;
  description: string;
  timeZone: EventTimeZone;
  days: { startsAt: string; endsAt: string }[];
  venue: EventVenue | null;
  programme: EventProgrammeItem[];
  people: EventPersonBody[];
  partnerIds: string[];
  organiserIds: string[];
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  questions: EventQuestion[];
  dataPurpose: string;
  guestDataRetentionDays: number;
  seriesId: string | null;
  /** Online and hybrid: a session the organiser hosts as the room; null lets the api make one. */
  webinarSessionId: string | null;
  book: string | null;
}

/**
 * Who gets a certificate when an event's are issued: peserta (those who came), narasumber
 * (speakers and authors), panitia (the committee), fasilitator (facilitating librarians).
 * The after-stage's contract (event-after.types.ts) names the same.
 */
export const EVENT_CERTIFICATE_ROLES = ['peserta', 'narasumber', 'panitia', 'fasilitator'] as const;
export type EventCertificateRole = (typeof EVENT_CERTIFICATE_ROLES)[number];

/** eventCertificatesSchema */
export interface EventCertificatesBody {
  templateId: string;
  roles: EventCertificateRole[];
}

/** What issuing answered, per role (EventCertificatesResult). */
export interface EventCertificatesResult {
  roles: { role: EventCertificateRole; people: number; skipped: number; queued: number; alreadyHeld: number }[];
  creditedFacilitators: number;
}

export const EVENT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type EventExportFormat = (typeof EVENT_EXPORT_FORMATS)[number];

/** The cover picker's limits; the api checks type and size again by the file's bytes. */
export const EVENT_COVER_LIMIT = {
  accept: 'image/png,image/jpeg,image/webp',
  kinds: 'PNG, JPEG, WebP',
  /** The api's EVENT_COVER_MAX_BYTES. */
  maxBytes: 2 * 1024 * 1024,
} as const;

/**
 * The organisers' side of events (coordinators, admins and each event's organisers; the
 * api answers 404 for an event a person may not manage): the list, an event's details and
 * status, its cover, its registrations and their export, certificates, reading-club series.
 */
@Injectable({ providedIn: 'root' })
export class ManageEventsApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FilesApi);

  list(query: StaffEventListQuery): Observable<StaffEventSummaryPage> {
    return this.http.get<StaffEventSummaryPage>('/api/events', { params: toParams(query) });
  }

  create(body: EventBody): Observable<EventDetail> {
    return this.http.post<EventDetail>('/api/events', body);
  }

  event(eventId: string): Observable<EventDetail> {
    return this.http.get<EventDetail>(this.url(eventId));
  }

  update(eventId: string, change: Partial<EventBody>): Observable<EventDetail> {
    return this.http.patch<EventDetail>(this.url(eventId), change);
  }

  /** Drafts only: the api answers 409 for one that was published. */
  remove(eventId: string): Observable<void> {
    return this.http.delete<void>(this.url(eventId));
  }

  publish(eventId: string): Observable<EventDetail> {
    return this.http.post<EventDetail>(`${this.url(eventId)}/publish`, null);
  }

  /** Emails everyone registered that the event will not take place. */
  cancel(eventId: string): Observable<EventDetail> {
    return this.http.post<EventDetail>(`${this.url(eventId)}/cancel`, null);
  }

  /** The one file of the request: the address says what it is for. */
  uploadCover(eventId: string, file: File): Observable<EventDetail> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.put<EventDetail>(`${this.url(eventId)}/cover`, body);
  }

  removeCover(eventId: string): Observable<EventDetail> {
    return this.http.delete<EventDetail>(`${this.url(eventId)}/cover`);
  }

  registrations(eventId: string, query: EventRegistrationListQuery): Observable<EventRegistrationPage> {
    return this.http.get<EventRegistrationPage>(`${this.url(eventId)}/registrations`, { params: toParams(query) });
  }

  /** Frees the seat; the api promotes the first in line in the same step. */
  cancelRegistration(eventId: string, registrationId: string): Observable<EventRegistrationResult> {
    return this.http.post<EventRegistrationResult>(
      `${this.url(eventId)}/registrations/${seg(registrationId)}/cancel`,
      null,
    );
  }

  /**
   * Who came, or (`all`) every live registration; it needs the access token, so it comes as
   * a blob to save.
   */
  attendance(eventId: string, format: EventExportFormat, all = false): Observable<DownloadedFile> {
    const query = all ? '?all=true' : '';
    return jsonErrorBody(
      this.files.download(
        `${this.url(eventId)}/attendance.${format}${query}`,
        `presensi-${eventId.slice(0, 8)}.${format}`,
      ),
    );
  }

  /** Queued by the certificate service, one batch per role. */
  issueCertificates(eventId: string, body: EventCertificatesBody): Observable<EventCertificatesResult> {
    return this.http.post<EventCertificatesResult>(`${this.url(eventId)}/certificates`, body);
  }

  /** The reading-club series (coordinators and admins), for the event form's picker. */
  seriesList(): Observable<EventSeries[]> {
    return this.http.get<EventSeries[]>('/api/event-series');
  }

  series(seriesId: string): Observable<EventSeries> {
    return this.http.get<EventSeries>(`/api/event-series/${seg(seriesId)}`);
  }

  private url(eventId: string): string {
    return `/api/events/${seg(eventId)}`;
  }
}
