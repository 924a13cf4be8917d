import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CertificateBatch,
  CertificateBatchRejection,
  CertificateBatchResult,
  BatchCertificateRole,
  Page,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { type DownloadedFile, FilesApi } from '../learning/files-api.service';
import { seg, toParams } from '../learning/query-params';
import { jsonErrorBody } from './blob-error';

/** createCertificateBatchRequestSchema: a cohort's completers and/or listed people. */
export interface CertificateBatchBody {
  courseId: string;
  cohortId?: string;
  userIds?: string[];
  role: BatchCertificateRole;
  /** Default: the course's template, else the default one. */
  templateId?: string;
  /** Why participants who have not completed the course get one anyway. */
  forceReason?: string;
}

/** certificateBatchCsvQuerySchema: sent in the query, with the CSV as the body. */
export type CertificateBatchCsvFields = Omit<CertificateBatchBody, 'cohortId' | 'userIds'>;

/** createWebinarCertificateBatchRequestSchema: a settled session's attendees, or its staff in a role. */
export interface WebinarCertificateBatchBody {
  sessionId: string;
  role: BatchCertificateRole;
  minAttendancePercent: number;
  templateId?: string;
}

export interface CertificateBatchListQuery {
  courseId?: string;
  page: number;
  pageSize: number;
}

/** Bulk issuing: start a batch, watch it, retry what failed, download the PDFs as a ZIP. */
@Injectable({ providedIn: 'root' })
export class CertificateBatchesApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FilesApi);

  /**
   * 201 with the batch; 422 with `batch: null` and `rejected` (nothing issued) when anyone
   * cannot get one: read them with `batchRejectionsOf`.
   */
  create(body: CertificateBatchBody): Observable<CertificateBatchResult> {
    return this.http.post<CertificateBatchResult>('/api/certificate-batches', body);
  }

  /**
   * The CSV text itself (header row with an `email` or `nip` column), the other fields in
   * the query, as for cohort enrolment imports. Same answers as `create`; rejections carry
   * the CSV line.
   */
  createFromCsv(fields: CertificateBatchCsvFields, csv: string): Observable<CertificateBatchResult> {
    return this.http.post<CertificateBatchResult>('/api/certificate-batches/csv', csv, {
      params: toParams(fields),
      headers: new HttpHeaders({ 'Content-Type': 'text/csv' }),
    });
  }

  /** 201 with the batch; 409 before the session's ledger is settled; 422 when nobody qualifies. */
  createForWebinar(body: WebinarCertificateBatchBody): Observable<CertificateBatchResult> {
    return this.http.post<CertificateBatchResult>('/api/certificate-batches/webinar', body);
  }

  list(query: CertificateBatchListQuery): Observable<Page<CertificateBatch>> {
    return this.http.get<Page<CertificateBatch>>('/api/certificate-batches', { params: toParams(query) });
  }

  get(batchId: string): Observable<CertificateBatch> {
    return this.http.get<CertificateBatch>(`/api/certificate-batches/${seg(batchId)}`);
  }

  /** Re-queues the failed ones. */
  retry(batchId: string): Observable<CertificateBatch> {
    return this.http.post<CertificateBatch>(`/api/certificate-batches/${seg(batchId)}/retry`, null);
  }

  /** The issued PDFs as one ZIP (needs the token, so it comes as a blob to save). */
  zip(batchId: string): Observable<DownloadedFile> {
    return jsonErrorBody(
      this.files.download(`/api/certificate-batches/${seg(batchId)}/zip`, `sertifikat-${batchId.slice(0, 8)}.zip`),
    );
  }
}

/** The people a 422 of a batch request refused (nothing was issued), or null for any other failure. */
export function batchRejectionsOf(error: unknown): CertificateBatchRejection[] | null {
  const failure = error as { status?: number; error?: unknown } | null;
  const body = failure?.error as { rejected?: unknown } | null | undefined;
  if (failure?.status !== 422 || typeof body !== 'object' || body === null) return null;
  return Array.isArray(body.rejected) && body.rejected.length > 0
    ? (body.rejected as CertificateBatchRejection[])
    : null;
}

/** The refusals grouped by their (already translated) reason, with how many people each held back; most first. */
export function rejectionsByReason(
  rejected: readonly CertificateBatchRejection[],
): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason } of rejected) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
