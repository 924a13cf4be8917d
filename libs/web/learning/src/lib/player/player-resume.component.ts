import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { PlayerStore } from './player.store';

/**
 * /belajar/:courseId: continue where I left off (the api's resume lesson, else the first
 * one). A finished course shows its summary with the way back into any lesson.
 */
@Component({
  selector: 'bp-player-resume',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (store.course(); as course) {
        @if (course.completed) {
          <section class="card lesson" aria-labelledby="summary-heading">
            <h2 id="summary-heading" tabindex="-1">{{ t('learning.player.summaryTitle') }}</h2>
            <p>{{ t('learning.player.summaryText', { jp: course.jp }) }}</p>
            <ul class="conditions">
              @for (condition of course.conditions; track condition.kind) {
                <li [class.condition-met]="condition.met">
                  <span class="visually-hidden">{{
                    t(condition.met ? 'learning.player.conditionMet' : 'learning.player.conditionNotMet')
                  }}</span>
                  {{ condition.detail }}
                </li>
              }
            </ul>
            @if (store.firstLessonId(); as first) {
              <a class="btn btn-secondary" [routerLink]="lessonLink(course.courseId, first)">{{
                t('learning.player.reviewFromStart')
              }}</a>
            }
          </section>
        } @else if (!store.firstLessonId()) {
          <p class="empty">{{ t('learning.player.noLessons') }}</p>
        }
      }
    </ng-container>
  `,
})
export class PlayerResumeComponent {
  protected readonly store = inject(PlayerStore);
  private readonly router = inject(Router);

  constructor() {
    effect(() => {
      const course = this.store.course();
      if (!course || course.completed) return;
      const lessonId = course.resumeLessonId ?? this.store.firstLessonId();
      if (lessonId) void this.router.navigateByUrl(this.lessonLink(course.courseId, lessonId), { replaceUrl: true });
    });
  }

  protected lessonLink(courseId: string, lessonId: string): string {
    return appLink(APP_PATHS.playerLesson, { courseId, lessonId });
  }
}
