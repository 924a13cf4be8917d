import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type ForumHome } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { DigestSettingComponent } from '../digest-setting/digest-setting.component';

/**
 * The forum's front page: the community's categories, then the forums of the reader's
 * courses and of their focus groups (private: only their people see them), each with its
 * counts, what is new to them and when someone last wrote; a search over everything they
 * may read; and their daily email digest's setting.
 */
@Component({
  selector: 'bp-forum-home-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslocoDirective,
    DateTimePipe,
    FailureAlertComponent,
    DigestSettingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum-home.page.html',
  styleUrl: '../shared/forum.css',
})
export class ForumHomePage {
  private readonly api = inject(ForumApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore).current;

  protected readonly home = signal<ForumHome | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly moderationLink = appLink(APP_PATHS.forumModeration);
  protected readonly focusGroupsLink = appLink(APP_PATHS.focusGroups);
  /** Moderators of any forum get a way to the report queue. */
  protected readonly moderates = computed(() => {
    const home = this.home();
    return !!home && [...home.community, ...home.courses, ...home.focusGroups].some((forum) => forum.mayModerate);
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      this.home.set(await firstValueFrom(this.api.home()));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected boardLink(forumId: string): string {
    return appLink(APP_PATHS.forumBoard, { forumId });
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    const query = q.trim();
    if (query.length < 2) return;
    void this.router.navigate([appLink(APP_PATHS.forumSearch)], { queryParams: { q: query } });
  }
}
