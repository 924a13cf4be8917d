import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CatalogCourse,
  CatalogCourseDetail,
  CourseCategory,
  EnrolmentSummary,
  JpLedger,
  LearnerCourse,
  LearnerLesson,
  MyLearning,
  Page,
  ProgressResult,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { type DownloadedFile, FilesApi } from './files-api.service';
import { seg, toParams } from './query-params';

export type CatalogEnrolmentFilter = 'none' | 'enrolled' | 'completed';

export interface CatalogQuery {
  q?: string;
  category?: CourseCategory;
  skkni?: string;
  jpMin?: number;
  jpMax?: number;
  enrolment?: CatalogEnrolmentFilter;
  page: number;
  pageSize?: number;
}

/** progressReportRequestSchema */
export type LessonProgressEvent =
  | { event: 'viewed' }
  | { event: 'opened' }
  | { event: 'reached-end' }
  | { event: 'video-progress'; watchedFraction: number };

/** A lesson in the player; the service worker keeps these responses for reading offline. */
export const lessonUrl = (lessonId: string): string => `/api/learn/lessons/${seg(lessonId)}`;

/** What every signed-in learner uses: the catalog, the player, and my learning. */
@Injectable({ providedIn: 'root' })
export class LearnerApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FilesApi);

  catalog(query: CatalogQuery): Observable<Page<CatalogCourse>> {
    return this.http.get<Page<CatalogCourse>>('/api/catalog', { params: toParams(query) });
  }

  catalogCourse(courseId: string): Observable<CatalogCourseDetail> {
    return this.http.get<CatalogCourseDetail>(`/api/catalog/${seg(courseId)}`);
  }

  /** Active at once, or pending when the cohort needs a coordinator's approval. */
  selfEnrol(cohortId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`/api/cohorts/${seg(cohortId)}/self-enrolment`, null);
  }

  /** 403 when I am not enrolled (the message says why). */
  course(courseId: string): Observable<LearnerCourse> {
    return this.http.get<LearnerCourse>(`/api/learn/courses/${seg(courseId)}`);
  }

  lesson(lessonId: string): Observable<LearnerLesson> {
    return this.http.get<LearnerLesson>(lessonUrl(lessonId));
  }

  reportProgress(lessonId: string, event: LessonProgressEvent): Observable<ProgressResult> {
    return this.http.post<ProgressResult>(`${lessonUrl(lessonId)}/progress`, event);
  }

  myLearning(): Observable<MyLearning> {
    return this.http.get<MyLearning>('/api/me/learning');
  }

  jpLedger(year?: number): Observable<JpLedger> {
    return this.http.get<JpLedger>('/api/me/jp-ledger', { params: toParams({ year }) });
  }

  /** The year's ledger as CSV (needs the token, so it comes as a blob to save). */
  exportLedger(year: number): Observable<DownloadedFile> {
    return this.files.download(`/api/me/jp-ledger/export.csv?year=${year}`, `rekap-jp-${year}.csv`);
  }

  /** My transcript (transkrip): every year's learning, JP and certificates with their codes, as PDF. */
  transcript(): Observable<DownloadedFile> {
    return this.files.download('/api/me/transcript.pdf', 'transkrip.pdf');
  }
}
