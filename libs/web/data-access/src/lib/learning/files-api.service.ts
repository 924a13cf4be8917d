import { HttpClient, HttpEventType, type HttpEvent, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FilePurpose, StoredFile } from '@bina-pustaka/shared-contracts';
import { type Observable, filter, map } from 'rxjs';

export type UploadEvent = { state: 'progress'; fraction: number } | { state: 'done'; file: StoredFile };

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** Uploads with progress, and downloads of files that need the access token. */
@Injectable({ providedIn: 'root' })
export class FilesApi {
  private readonly http = inject(HttpClient);

  /** multipart/form-data: `purpose` first (the api needs it before the file streams in), then `file`. */
  upload(file: File, purpose: FilePurpose): Observable<UploadEvent> {
    const body = new FormData();
    body.append('purpose', purpose);
    body.append('file', file, file.name);
    return this.http.post<StoredFile>('/api/files', body, { reportProgress: true, observe: 'events' }).pipe(
      map((event: HttpEvent<StoredFile>): UploadEvent | null => {
        if (event.type === HttpEventType.UploadProgress) {
          const total = event.total ?? file.size;
          return { state: 'progress', fraction: total > 0 ? Math.min(1, event.loaded / total) : 0 };
        }
        if (event.type === HttpEventType.Response && event.body) return { state: 'done', file: event.body };
        return null;
      }),
      filter((event): event is UploadEvent => event !== null),
    );
  }

  /** GET a file that needs the Authorization header (exports), with the name the server gave it. */
  download(url: string, fallbackName: string): Observable<DownloadedFile> {
    return this.http.get(url, { responseType: 'blob', observe: 'response' }).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([]),
        fileName: fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName,
      })),
    );
  }
}

/** The file name of a Content-Disposition header: `filename*=UTF-8''…` wins over `filename="…"`. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}
