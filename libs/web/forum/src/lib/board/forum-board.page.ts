import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type ForumSummary } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { DateTimePipe, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom, map } from 'rxjs';
import { FORUM_LIST_PAGE_SIZE } from '../forum-keys';
import { ThreadBadgesComponent } from '../shared/thread-badges.component';

/**
 * One forum: what it is for, its threads (pinned first, then by the last reply, as the api
 * orders them) with what is new to the reader, "Belum terjawab" to find open questions,
 * and the way to start a thread or follow every new one.
 */
@Component({
  selector: 'bp-forum-board-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    DateTimePipe,
    FailureAlertComponent,
    PaginationComponent,
    ThreadBadgesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum-board.page.html',
  styleUrl: '../shared/forum.css',
})
export class ForumBoardPage {
  private readonly api = inject(ForumApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly forumId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('forumId') ?? '')), {
    requireSync: true,
  });
  protected readonly homeLink = appLink(APP_PATHS.forum);

  protected readonly forum = signal<ForumSummary | null>(null);
  protected readonly forumFailure = signal<ApiFailure | null>(null);
  protected readonly watchFailure = signal<ApiFailure | null>(null);
  protected readonly watchBusy = signal(false);
  protected readonly unanswered = signal(false);
  protected readonly page = signal(1);
  protected readonly threads = pagedList(
    () => ({ forumId: this.forumId(), page: this.page(), unanswered: this.unanswered() }),
    ({ forumId, page, unanswered }) => this.api.threads(forumId, { page, pageSize: FORUM_LIST_PAGE_SIZE, unanswered }),
  );

  constructor() {
    void this.loadForum();
  }

  protected async loadForum(): Promise<void> {
    this.forumFailure.set(null);
    try {
      this.forum.set(await firstValueFrom(this.api.forum(this.forumId())));
    } catch (error) {
      this.forumFailure.set(toApiFailure(error));
    }
  }

  protected newThreadLink(): string {
    return appLink(APP_PATHS.newForumThread, { forumId: this.forumId() });
  }

  protected threadLink(threadId: string): string {
    return appLink(APP_PATHS.forumThread, { threadId });
  }

  protected filter(unanswered: boolean): void {
    this.unanswered.set(unanswered);
    this.page.set(1);
  }

  protected async toggleWatch(forum: ForumSummary): Promise<void> {
    this.watchBusy.set(true);
    this.watchFailure.set(null);
    try {
      await firstValueFrom(this.api.watchForum(forum.id, !forum.watching), { defaultValue: undefined });
      this.forum.set({ ...forum, watching: !forum.watching });
    } catch (error) {
      this.watchFailure.set(toApiFailure(error));
    } finally {
      this.watchBusy.set(false);
    }
  }
}
