import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CompletionConditionKind,
  CourseCategory,
  CourseDetail,
  CourseProgressReport,
  CourseStatus,
  CourseSummary,
  LessonKind,
  Locale,
  Page,
  TrainerRef,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg, toParams } from './query-params';

export interface CourseListQuery {
  q?: string;
  status?: CourseStatus;
  /** Only the courses I author or co-train. */
  mine?: boolean;
  page: number;
  pageSize: number;
}

/** createCourseRequestSchema */
export interface CreateCourseBody {
  title: string;
  summary?: string;
  description?: string;
  category: CourseCategory;
  jp: number;
  language?: Locale;
  skkniUnits?: string[];
  coverFileId?: string | null;
  trainerIds?: string[];
}

/** updateCourseRequestSchema */
export interface UpdateCourseBody {
  title?: string;
  summary?: string;
  description?: string;
  category?: CourseCategory;
  jp?: number;
  language?: Locale;
  skkniUnits?: string[];
  coverFileId?: string | null;
  trainerIds?: string[];
  prerequisiteIds?: string[];
  completionRules?: { minWebinarAttendancePercent: number | null };
}

/** What every kind of lesson may carry (createLessonRequestSchema / updateLessonRequestSchema). */
export interface LessonContentBody {
  title?: string;
  required?: boolean;
  estimatedMinutes?: number;
  bodyMarkdown?: string | null;
  videoUrl?: string | null;
  videoFileId?: string | null;
  videoDurationSeconds?: number | null;
  fileId?: string | null;
  linkUrl?: string | null;
}

export interface CreateLessonBody extends LessonContentBody {
  kind: LessonKind;
  title: string;
}

/** reorderOutlineRequestSchema: the complete order after a move. */
export interface OutlineOrder {
  outlineVersion: number;
  modules: { id: string; lessonIds: string[] }[];
}

export interface CompletionConditionAvailability {
  kind: CompletionConditionKind;
  available: boolean;
}

/** Course authoring for trainers, coordinators and admins. Every change answers the whole course. */
@Injectable({ providedIn: 'root' })
export class CoursesApi {
  private readonly http = inject(HttpClient);

  /** Trainers to pick as co-trainers (any author may search them). */
  trainers(q?: string): Observable<TrainerRef[]> {
    return this.http.get<TrainerRef[]>('/api/trainers', { params: toParams({ q }) });
  }

  list(query: CourseListQuery): Observable<Page<CourseSummary>> {
    const { mine, ...rest } = query;
    return this.http.get<Page<CourseSummary>>('/api/courses', {
      params: toParams({ ...rest, mine: mine === undefined ? undefined : String(mine) }),
    });
  }

  create(body: CreateCourseBody): Observable<CourseDetail> {
    return this.http.post<CourseDetail>('/api/courses', body);
  }

  get(courseId: string): Observable<CourseDetail> {
    return this.http.get<CourseDetail>(`/api/courses/${seg(courseId)}`);
  }

  update(courseId: string, body: UpdateCourseBody): Observable<CourseDetail> {
    return this.http.patch<CourseDetail>(`/api/courses/${seg(courseId)}`, body);
  }

  publish(courseId: string): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/courses/${seg(courseId)}/publish`, null);
  }

  archive(courseId: string): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/courses/${seg(courseId)}/archive`, null);
  }

  addModule(courseId: string, title: string): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/courses/${seg(courseId)}/modules`, { title });
  }

  renameModule(moduleId: string, title: string): Observable<CourseDetail> {
    return this.http.patch<CourseDetail>(`/api/modules/${seg(moduleId)}`, { title });
  }

  deleteModule(moduleId: string): Observable<CourseDetail> {
    return this.http.delete<CourseDetail>(`/api/modules/${seg(moduleId)}`);
  }

  addLesson(moduleId: string, body: CreateLessonBody): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/modules/${seg(moduleId)}/lessons`, body);
  }

  updateLesson(lessonId: string, body: LessonContentBody): Observable<CourseDetail> {
    return this.http.patch<CourseDetail>(`/api/lessons/${seg(lessonId)}`, body);
  }

  deleteLesson(lessonId: string): Observable<CourseDetail> {
    return this.http.delete<CourseDetail>(`/api/lessons/${seg(lessonId)}`);
  }

  /** 409 when the outline changed since `outlineVersion` (someone else edited it). */
  reorder(courseId: string, order: OutlineOrder): Observable<CourseDetail> {
    return this.http.put<CourseDetail>(`/api/courses/${seg(courseId)}/outline`, order);
  }

  progress(courseId: string, cohortId?: string): Observable<CourseProgressReport> {
    return this.http.get<CourseProgressReport>(`/api/courses/${seg(courseId)}/progress`, {
      params: toParams({ cohortId }),
    });
  }

  completionConditions(): Observable<CompletionConditionAvailability[]> {
    return this.http.get<CompletionConditionAvailability[]>('/api/completion-conditions');
  }
}
