import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { LearnerCourse, LessonProgressState, ProgressResult } from '@bina-pustaka/shared-contracts';
import { AuthStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { Connectivity, LearnerApi, LessonProgressOutbox, OfflineLessons } from '@bina-pustaka/web-data-access/learning';
import { firstValueFrom } from 'rxjs';

/** A lesson's state as the player shows it: the server's, or done on this device and not yet sent. */
export type ShownLessonState = LessonProgressState | 'done-waiting';

/** The course open in the player, shared by the outline and the lesson on screen. */
@Injectable()
export class PlayerStore {
  private readonly api = inject(LearnerApi);
  private readonly offlineLessons = inject(OfflineLessons);
  private readonly connectivity = inject(Connectivity);
  private readonly auth = inject(AuthStore);
  readonly outbox = inject(LessonProgressOutbox);

  readonly course = signal<LearnerCourse | null>(null);
  readonly failure = signal<ApiFailure | null>(null);
  readonly loading = signal(false);
  /** Set by the report that completed the course: the congratulation shows once. */
  readonly justCompleted = signal(false);
  readonly lessons = computed(() => this.course()?.modules.flatMap((module) => module.lessons) ?? []);
  readonly firstLessonId = computed(() => this.lessons()[0]?.id ?? null);
  /** Lessons this device can show without a connection. */
  readonly savedLessonIds = signal<ReadonlySet<string>>(new Set());
  /** No network, or the server could not be reached: saved lessons are read from the device. */
  readonly offline = computed(
    () => !this.connectivity.online() || this.outbox.unreachable() || this.auth.waitingForConnection(),
  );
  /** Progress of this course waiting on the device. */
  readonly waitingCount = computed(() => {
    const ids = new Set(this.lessons().map((lesson) => lesson.id));
    return this.outbox.pending().filter((entry) => ids.has(entry.lessonId)).length;
  });

  constructor() {
    // Every answer to a report, also a late one sent after the connection came back.
    this.outbox.delivered.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((result) => this.apply(result));
  }

  async load(courseId: string): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      this.course.set(await firstValueFrom(this.api.course(courseId)));
      void this.refreshSaved();
    } catch (error) {
      this.course.set(null);
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Looks again at what the device holds (after a lesson was opened or its file saved). */
  async refreshSaved(): Promise<void> {
    this.savedLessonIds.set(await this.offlineLessons.savedIds(this.lessons()));
  }

  /** The api's answer to a progress report, reflected in the outline and the bar (if it is this course's). */
  apply(result: ProgressResult): void {
    if (!this.lessons().some((lesson) => lesson.id === result.lessonId)) return;
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

  /** Finished: done on the server, or on this device and waiting to be sent. */
  finished(lessonId: string): boolean {
    const state = this.shownStateOf(lessonId);
    return state === 'done' || state === 'done-waiting';
  }

  shownStateOf(lessonId: string): ShownLessonState {
    const state = this.stateOf(lessonId);
    return state !== 'done' && this.outbox.completesLesson(lessonId) ? 'done-waiting' : state;
  }
}
