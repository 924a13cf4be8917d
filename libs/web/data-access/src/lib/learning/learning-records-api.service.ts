import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LearnerDirectoryPage, LearningRecord } from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { type DownloadedFile, FilesApi } from './files-api.service';
import { seg, toParams } from './query-params';

export interface LearnerSearch {
  q?: string;
  page: number;
  pageSize?: number;
}

export type RecordFormat = 'csv' | 'xlsx';

/** Librarians' learning records, for coordinators and admins (the api keeps each to their scope). */
@Injectable({ providedIn: 'root' })
export class LearningRecordsApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FilesApi);

  learners(query: LearnerSearch): Observable<LearnerDirectoryPage> {
    return this.http.get<LearnerDirectoryPage>('/api/reports/learners', { params: toParams(query) });
  }

  record(userId: string): Observable<LearningRecord> {
    return this.http.get<LearningRecord>(`/api/reports/learners/${seg(userId)}/record`);
  }

  /** The record as a file (needs the token, so it comes as a blob to save). */
  download(userId: string, format: RecordFormat): Observable<DownloadedFile> {
    return this.files.download(`/api/reports/learners/${seg(userId)}/record.${format}`, `rekam-jejak.${format}`);
  }
}
