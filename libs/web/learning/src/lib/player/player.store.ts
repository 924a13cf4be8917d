import { Injectable, computed, inject, signal } from '@angular/core';
import type { LearnerCourse, LessonProgressState, ProgressResult } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { LearnerApi } from '@bina-pustaka/web-data-access/learning';
import { firstValueFrom } from 'rxjs';

/** The course open in the player, shared by the outline and the lesson on screen. */
@Injectable()
export class PlayerStore {
  private readonly api = inject(LearnerApi);
  readonly course = signal<LearnerCourse | null>(null);
  readonly failure = signal<ApiFailure | null>(null);
  readonly loading = signal(false);
  /** Set by the report that completed the course: the congratulation shows once. */
  readonly justCompleted = signal(false);
  readonly lessons = computed(() => this.course()?.modules.flatMap((module) => module.lessons) ?? []);
  readonly firstLessonId = computed(() => this.lessons()[0]?.id ?? null);

  async load(courseId: string): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      this.course.set(await firstValueFrom(this.api.course(courseId)));
    } catch (error) {
      this.course.set(null);
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** The api's answer to a progress report, reflected in the outline and the bar. */
  apply(result: ProgressResult): void {
    this.course.update((course) =>
      course
        ? {
            ...course,
            progressPercent: result.progressPercent,
            completed: result.courseCompleted,
            modules: course.modules.map((module) => ({
              ...module,
              lessons: module.lessons.map((lesson) =>
                lesson.id === result.lessonId ? { ...lesson, state: result.state } : lesson,
              ),
            })),
          }
        : course,
    );
    if (result.justCompleted) this.justCompleted.set(true);
  }

  stateOf(lessonId: string): LessonProgressState {
    return this.lessons().find((lesson) => lesson.id === lessonId)?.state ?? 'not-started';
  }
}
