import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Certificate, CertificateStatus, Page } from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg, toParams } from '../learning/query-params';

/** certificateListQuerySchema */
export interface CertificateListQuery {
  courseId?: string;
  cohortId?: string;
  batchId?: string;
  status?: CertificateStatus;
  q?: string;
  page: number;
  pageSize: number;
}

/** reissueCertificateRequestSchema */
export interface ReissueCertificateBody {
  reason: string;
  templateId?: string;
}

/** Issued certificates: mine, and for coordinators and admins every one with revoke and reissue. */
@Injectable({ providedIn: 'root' })
export class CertificatesApi {
  private readonly http = inject(HttpClient);

  /** My certificates, newest first. */
  mine(): Observable<Certificate[]> {
    return this.http.get<Certificate[]>('/api/me/certificates');
  }

  list(query: CertificateListQuery): Observable<Page<Certificate>> {
    return this.http.get<Page<Certificate>>('/api/certificates', { params: toParams(query) });
  }

  get(certificateId: string): Observable<Certificate> {
    return this.http.get<Certificate>(`/api/certificates/${seg(certificateId)}`);
  }

  /** 409 when it is not issued. */
  revoke(certificateId: string, reason: string): Observable<Certificate> {
    return this.http.post<Certificate>(`/api/certificates/${seg(certificateId)}/revoke`, { reason });
  }

  /** The new version (pending until the worker renders it); the old one becomes superseded. */
  reissue(certificateId: string, body: ReissueCertificateBody): Observable<Certificate> {
    return this.http.post<Certificate>(`/api/certificates/${seg(certificateId)}/reissue`, body);
  }
}
