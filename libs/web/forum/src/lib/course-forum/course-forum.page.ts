import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * "Forum pelatihan" from a course: finds the course's forum and opens it in place of this
 * address, so Back returns to the course, not to a page that only redirects.
 */
@Component({
  selector: 'bp-course-forum-page',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page" *transloco="let t">
      @if (failure(); as f) {
        <h1>{{ t('forum.courseForum.title') }}</h1>
        <bp-failure-alert [failure]="f" [retryable]="f.status !== 404 && f.status !== 403" (retry)="open()" />
        <p>
          <a [routerLink]="homeLink">{{ t('forum.backToForums') }}</a>
        </p>
      } @else {
        <p class="muted" role="status">{{ t('forum.courseForum.opening') }}</p>
      }
    </div>
  `,
})
export class CourseForumPage {
  private readonly api = inject(ForumApi);
  private readonly router = inject(Router);
  private readonly courseId = inject(ActivatedRoute).snapshot.paramMap.get('courseId') ?? '';
  protected readonly homeLink = appLink(APP_PATHS.forum);
  protected readonly failure = signal<ApiFailure | null>(null);

  constructor() {
    void this.open();
  }

  protected async open(): Promise<void> {
    this.failure.set(null);
    try {
      const forum = await firstValueFrom(this.api.courseForum(this.courseId));
      await this.router.navigateByUrl(appLink(APP_PATHS.forumBoard, { forumId: forum.id }), { replaceUrl: true });
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
