import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { fileNameFrom, type DownloadedFile } from './learning/files-api.service';

/**
 * A person's own personal data (UU 27/2022): the download and the account deletion. Apart
 * from IdentityApi, in the `users` entry point, so only the profile page (lazy) carries it.
 */
@Injectable({ providedIn: 'root' })
export class PersonalDataApi {
  private readonly http = inject(HttpClient);

  /** Everything the platform holds about me, as the JSON file the api names (data-pribadi-<date>.json). */
  download(): Observable<DownloadedFile> {
    return this.http.get('/api/me/data', { responseType: 'blob', observe: 'response' }).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([]),
        fileName: fileNameFrom(response.headers.get('Content-Disposition')) ?? 'data-pribadi.json',
      })),
    );
  }

  /** Deletes my account for good; the caller then forgets the session (AuthStore.forgetDeletedAccount). */
  deleteAccount(password: string, confirmation: string): Observable<void> {
    return this.http.post<void>('/api/me/deletion', { password, confirmation });
  }
}
