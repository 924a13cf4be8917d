import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { FailureAlertComponent, mediaQuery, ProgressBarComponent, WIDE_SCREEN } from '@bina-pustaka/web-ui';
import { filter, map } from 'rxjs';
import { PlayerEvaluationComponent } from './player-evaluation.component';
import { PlayerOfflineStatusComponent } from './player-offline-status.component';
import { PlayerQuizzesComponent } from './player-quizzes.component';
import { PlayerStore } from './player.store';

/** The course player: the outline beside (desktop) or above (phone) the lesson on screen. */
@Component({
  selector: 'bp-player-page',
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoDirective,
    ProgressBarComponent,
    FailureAlertComponent,
    PlayerQuizzesComponent,
    PlayerEvaluationComponent,
    PlayerOfflineStatusComponent,
  ],
  providers: [PlayerStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './player.page.html',
  styleUrl: './player.page.css',
})
export class PlayerPage {
  protected readonly store = inject(PlayerStore);
  private readonly route = inject(ActivatedRoute);
  protected readonly wide = mediaQuery(WIDE_SCREEN);
  protected readonly outlineOpen = signal(false);
  protected readonly courseId = signal('');
  protected readonly myLearningLink = appLink(APP_PATHS.myLearning);
  protected readonly catalogCourseLink = computed(() =>
    appLink(APP_PATHS.catalogCourse, { courseId: this.courseId() }),
  );
  protected readonly forumLink = computed(() => appLink(APP_PATHS.courseForum, { courseId: this.courseId() }));
  /** Done on the server or on this device (waiting to be sent): what the learner has finished. */
  protected readonly doneCount = computed(
    () => this.store.lessons().filter((lesson) => this.store.finished(lesson.id)).length,
  );
  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('courseId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((courseId) => {
        this.courseId.set(courseId);
        void this.store.load(courseId);
      });
    // On phones the outline folds away once a lesson is chosen.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.outlineOpen.set(false));
  }

  protected lessonLink(lessonId: string): string {
    return appLink(APP_PATHS.playerLesson, { courseId: this.courseId(), lessonId });
  }

  protected retry(): void {
    void this.store.load(this.courseId());
  }
}
