import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CohortSummary,
  EnrolmentReport,
  EnrolmentStatus,
  EnrolmentSummary,
  Page,
  SelfEnrolmentMode,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg, toParams } from './query-params';

export interface CohortListQuery {
  courseId?: string;
  page: number;
  pageSize: number;
}

/** createCohortRequestSchema: ISO date-times with their offset (the screens work in WIB). */
export interface CohortBody {
  name: string;
  enrolOpensAt: string;
  enrolClosesAt: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  selfEnrolment: SelfEnrolmentMode;
  trainerIds?: string[];
}

export interface EnrolmentListQuery {
  status?: EnrolmentStatus;
  q?: string;
  page: number;
  pageSize: number;
}

/** Cohorts (angkatan) and their members, for coordinators and admins (trainers may read). */
@Injectable({ providedIn: 'root' })
export class CohortsApi {
  private readonly http = inject(HttpClient);

  list(query: CohortListQuery): Observable<Page<CohortSummary>> {
    return this.http.get<Page<CohortSummary>>('/api/cohorts', { params: toParams(query) });
  }

  create(courseId: string, body: CohortBody): Observable<CohortSummary> {
    return this.http.post<CohortSummary>(`/api/courses/${seg(courseId)}/cohorts`, body);
  }

  get(cohortId: string): Observable<CohortSummary> {
    return this.http.get<CohortSummary>(`/api/cohorts/${seg(cohortId)}`);
  }

  update(cohortId: string, body: Partial<CohortBody>): Observable<CohortSummary> {
    return this.http.patch<CohortSummary>(`/api/cohorts/${seg(cohortId)}`, body);
  }

  enrolments(cohortId: string, query: EnrolmentListQuery): Observable<Page<EnrolmentSummary>> {
    return this.http.get<Page<EnrolmentSummary>>(`/api/cohorts/${seg(cohortId)}/enrolments`, {
      params: toParams(query),
    });
  }

  /**
   * 201 with the report when everyone was enrolled; 422 with the same report shape when
   * any row was rejected (then nobody was). Use `enrolmentReportOf` on the error.
   */
  enrolUsers(cohortId: string, userIds: string[]): Observable<EnrolmentReport> {
    return this.http.post<EnrolmentReport>(`/api/cohorts/${seg(cohortId)}/enrolments`, { userIds });
  }

  /** The CSV text itself (header row with `email`, optional `nama`, `nip`). Same answers as enrolUsers. */
  importCsv(cohortId: string, csv: string): Observable<EnrolmentReport> {
    return this.http.post<EnrolmentReport>(`/api/cohorts/${seg(cohortId)}/enrolments/import`, csv, {
      headers: new HttpHeaders({ 'Content-Type': 'text/csv' }),
    });
  }

  approve(enrolmentId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`/api/enrolments/${seg(enrolmentId)}/approve`, null);
  }

  reject(enrolmentId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`/api/enrolments/${seg(enrolmentId)}/reject`, null);
  }

  withdraw(enrolmentId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`/api/enrolments/${seg(enrolmentId)}/withdraw`, null);
  }

  move(enrolmentId: string, cohortId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`/api/enrolments/${seg(enrolmentId)}/move`, { cohortId });
  }

  extend(enrolmentId: string, endsAt: string): Observable<EnrolmentSummary> {
    return this.http.patch<EnrolmentSummary>(`/api/enrolments/${seg(enrolmentId)}`, { endsAt });
  }
}

/** The rejection report a 422 carries (nothing was enrolled), or null for any other failure. */
export function enrolmentReportOf(error: unknown): EnrolmentReport | null {
  const body = (error as { status?: number; error?: unknown } | null)?.error;
  if ((error as { status?: number } | null)?.status !== 422 || typeof body !== 'object' || body === null) return null;
  const report = body as Partial<EnrolmentReport>;
  return Array.isArray(report.rows) && report.committed === false ? (report as EnrolmentReport) : null;
}
