import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  INSTITUTION_LOGO_MAX_BYTES,
  type Institution,
  type InstitutionContact,
  type InstitutionKind,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';

/** What the staff's form sends: every field, null where it is left empty. */
export interface InstitutionBody {
  name: string;
  kind: InstitutionKind;
  city: string | null;
  website: string | null;
  description: string | null;
  contact: InstitutionContact;
}

/** The logo picker's limits: the api checks the same by the file's bytes. */
export const INSTITUTION_LOGO_LIMIT = {
  accept: 'image/png,image/jpeg,image/webp',
  kinds: 'PNG, JPEG, WebP',
  maxBytes: INSTITUTION_LOGO_MAX_BYTES,
} as const;

/** Libraries and partner organisations, as coordinators and admins keep them. */
@Injectable({ providedIn: 'root' })
export class InstitutionsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Institution[]> {
    return this.http.get<Institution[]>('/api/institutions');
  }

  create(body: InstitutionBody): Observable<Institution> {
    return this.http.post<Institution>('/api/institutions', body);
  }

  update(id: string, body: InstitutionBody): Observable<Institution> {
    return this.http.patch<Institution>(`/api/institutions/${encodeURIComponent(id)}`, body);
  }

  /** The one file of the request: the address says what it is for. */
  uploadLogo(id: string, file: File): Observable<Institution> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.put<Institution>(`/api/institutions/${encodeURIComponent(id)}/logo`, body);
  }

  removeLogo(id: string): Observable<Institution> {
    return this.http.delete<Institution>(`/api/institutions/${encodeURIComponent(id)}/logo`);
  }
}
