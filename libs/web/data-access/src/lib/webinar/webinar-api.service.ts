import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Page,
  WebinarAttendanceLedger,
  WebinarOpenAudience,
  WebinarJoinTicket,
  WebinarSession,
  WebinarStaffRole,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { jsonErrorBody } from '../certificates/blob-error';
import { seg, toParams } from '../learning/query-params';

export interface WebinarListQuery {
  /** upcoming: not ended, by start; past: ended or cancelled, newest first. */
  when: 'upcoming' | 'past';
  /** Only sessions I host, present or moderate. */
  mine?: boolean;
  courseId?: string;
  page: number;
  pageSize: number;
}

/** createWebinarSessionRequestSchema: startsAt is ISO with its offset (the screens work in WIB). */
export interface WebinarSessionBody {
  title: string;
  description: string;
  courseId: string | null;
  audience: WebinarOpenAudience;
  cohortId: string | null;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  jp: number;
  capacity: number | null;
  requireAdmission: boolean;
  staff: { userId: string; role: WebinarStaffRole }[];
}

/** Scheduled live webinars: the list, scheduling, registration, join tickets and the attendance ledger. */
@Injectable({ providedIn: 'root' })
export class WebinarApi {
  private readonly http = inject(HttpClient);

  list(query: WebinarListQuery): Observable<Page<WebinarSession>> {
    const { mine, ...rest } = query;
    return this.http.get<Page<WebinarSession>>('/api/webinars', {
      params: toParams({ ...rest, mine: mine ? 'true' : undefined }),
    });
  }

  get(id: string): Observable<WebinarSession> {
    return this.http.get<WebinarSession>(`/api/webinars/${seg(id)}`);
  }

  create(body: WebinarSessionBody): Observable<WebinarSession> {
    return this.http.post<WebinarSession>('/api/webinars', body);
  }

  update(id: string, body: Partial<WebinarSessionBody>): Observable<WebinarSession> {
    return this.http.patch<WebinarSession>(`/api/webinars/${seg(id)}`, body);
  }

  cancel(id: string): Observable<WebinarSession> {
    return this.http.post<WebinarSession>(`/api/webinars/${seg(id)}/cancel`, null);
  }

  /** Hosts and managers: opens the room (attendees may then enter, or wait in the lobby). */
  open(id: string): Observable<WebinarSession> {
    return this.http.post<WebinarSession>(`/api/webinars/${seg(id)}/open`, null);
  }

  /** Hosts and managers: ends it for everyone and settles the attendance ledger. */
  end(id: string): Observable<WebinarSession> {
    return this.http.post<WebinarSession>(`/api/webinars/${seg(id)}/end`, null);
  }

  register(id: string): Observable<WebinarSession> {
    return this.http.post<WebinarSession>(`/api/webinars/${seg(id)}/registration`, null);
  }

  unregister(id: string): Observable<WebinarSession> {
    return this.http.delete<WebinarSession>(`/api/webinars/${seg(id)}/registration`);
  }

  /**
   * A short-lived, single-use token for one socket handshake: ask again before every
   * (re)connect. 403 with a readable message when the reader may not join yet.
   */
  joinTicket(id: string): Observable<WebinarJoinTicket> {
    return this.http.post<WebinarJoinTicket>(`/api/webinars/${seg(id)}/join-ticket`, null);
  }

  /** The .ics file (text/calendar) to add the session to a calendar. */
  calendar(id: string): Observable<Blob> {
    return jsonErrorBody(this.http.get(`/api/webinars/${seg(id)}/calendar.ics`, { responseType: 'blob' }));
  }

  attendance(id: string): Observable<WebinarAttendanceLedger> {
    return this.http.get<WebinarAttendanceLedger>(`/api/webinars/${seg(id)}/attendance`);
  }

  attendanceCsv(id: string): Observable<Blob> {
    return jsonErrorBody(this.http.get(`/api/webinars/${seg(id)}/attendance.csv`, { responseType: 'blob' }));
  }
}
