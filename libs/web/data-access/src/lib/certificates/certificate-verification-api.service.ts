import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CertificateVerification } from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg } from '../learning/query-params';

/**
 * The public check of a certificate by its code: no sign-in. Its own small service, so the
 * verify page (what a QR code opens on a phone) loads nothing else.
 */
@Injectable({ providedIn: 'root' })
export class CertificateVerificationApi {
  private readonly http = inject(HttpClient);

  /** 400 for a malformed code, 404 for an unknown one. */
  verify(code: string): Observable<CertificateVerification> {
    return this.http.get<CertificateVerification>(`/api/public/certificates/${seg(code)}`);
  }
}
