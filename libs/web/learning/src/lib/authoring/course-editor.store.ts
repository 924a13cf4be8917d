import { Injectable, computed, inject, signal } from '@angular/core';
import type { CourseDetail } from '@bina-pustaka/shared-contracts';
import { AuthStore, COHORT_MANAGER_ROLES, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CoursesApi } from '@bina-pustaka/web-data-access/learning';
import { firstValueFrom, type Observable } from 'rxjs';

export interface EditorNotice {
  key: string;
  params?: Record<string, unknown>;
}

/**
 * The course open in the editor. Every change the api accepts answers the whole course
 * (with its new outline version), which replaces what is shown.
 */
@Injectable()
export class CourseEditorStore {
  private readonly api = inject(CoursesApi);
  private readonly auth = inject(AuthStore);
  readonly course = signal<CourseDetail | null>(null);
  readonly loading = signal(false);
  readonly loadFailure = signal<ApiFailure | null>(null);
  readonly notice = signal<EditorNotice | null>(null);
  readonly editable = computed(() => this.course()?.status !== 'archived');
  /** Coordinators and admins run cohorts; trainers only see them. */
  readonly managesCohorts = computed(() => this.auth.hasAnyRole(COHORT_MANAGER_ROLES));

  async load(courseId: string): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      this.course.set(await firstValueFrom(this.api.get(courseId)));
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Runs a change; on success shows the course the api answered. Throws the failure for the caller's form. */
  async change(call: Observable<CourseDetail>, notice?: EditorNotice): Promise<CourseDetail> {
    this.notice.set(null);
    const course = await firstValueFrom(call);
    this.course.set(course);
    if (notice) this.notice.set(notice);
    return course;
  }

  /** Shows an arrangement at once while the api saves it. */
  preview(course: CourseDetail): void {
    this.course.set(course);
  }
}
