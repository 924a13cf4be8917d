import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditAction, AuditEntry, AuditSubjectType, Page } from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { jsonErrorBody } from '../certificates/blob-error';
import { toParams } from '../learning/query-params';

/** What the admin narrows the audit log by; dates are whole WIB days (yyyy-mm-dd), both included. */
export interface AuditFilters {
  action?: AuditAction;
  actorId?: string;
  subjectType?: AuditSubjectType;
  subjectId?: string;
  from?: string;
  to?: string;
}

export interface AuditLogQuery extends AuditFilters {
  page: number;
  pageSize: number;
}

/** The audit log, for admins: pages of entries, and the same filters as CSV. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditLogQuery): Observable<Page<AuditEntry>> {
    return this.http.get<Page<AuditEntry>>('/api/admin/audit', { params: toParams(query) });
  }

  csv(filters: AuditFilters): Observable<Blob> {
    return jsonErrorBody(
      this.http.get('/api/admin/audit/export.csv', { params: toParams(filters), responseType: 'blob' }),
    );
  }
}
