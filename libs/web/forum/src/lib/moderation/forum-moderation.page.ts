import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  FORUM_SUSPENSION_MAX_DAYS,
  type ForumModerationLogEntry,
  type ForumModerationQueueItem,
  type ForumSuspension,
  type ModeratedForum,
  type Page,
} from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumModerationApi } from '@bina-pustaka/web-data-access/forum';
import { DateTimePipe, DialogComponent, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import type { ModerationDialog } from '../forum-keys';
import { ForumApprovalsComponent } from './forum-approvals.component';

/** What the open dialog will do to a reported post. */
interface PendingAction {
  kind: ModerationDialog;
  item: ForumModerationQueueItem;
}

/**
 * `/forum/moderasi`: posts waiting for approval and the per-forum setting (ForumApprovalsComponent), the open reports of the forums the viewer moderates (by post, newest
 * first) with hide, resolve, dismiss and suspend; the suspensions in force; the log.
 */
@Component({
  selector: 'bp-forum-moderation-page',
  imports: [
    TranslocoDirective,
    RouterLink,
    DateTimePipe,
    DialogComponent,
    FailureAlertComponent,
    PaginationComponent,
    ForumApprovalsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum-moderation.page.html',
  styleUrl: './forum-moderation.page.css',
})
export class ForumModerationPage {
  private readonly api = inject(ForumModerationApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly forumPath = `/${APP_PATHS.forum}`;
  protected readonly maxDays = FORUM_SUSPENSION_MAX_DAYS;

  protected readonly forums = signal<ModeratedForum[] | null>(null);
  protected readonly queue = signal<ForumModerationQueueItem[]>([]);
  protected readonly suspensions = signal<ForumSuspension[]>([]);
  protected readonly log = signal<Page<ForumModerationLogEntry> | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly pending = signal<PendingAction | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionFailure = signal<ApiFailure | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly days = signal(7);
  protected readonly wholeCommunity = signal(false);
  private readonly dialog = viewChild<DialogComponent>('actionDialog');

  constructor() {
    void this.load();
  }

  protected threadLink(threadId: string): string {
    return appLink(APP_PATHS.forumThread, { threadId });
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const forums = await firstValueFrom(this.api.forums());
      this.forums.set(forums);
      if (forums.length === 0) return;
      const [queue, suspensions, log] = await Promise.all([
        firstValueFrom(this.api.queue()),
        firstValueFrom(this.api.suspensions()),
        firstValueFrom(this.api.log(this.log()?.page ?? 1)),
      ]);
      this.queue.set(queue);
      this.suspensions.set(suspensions);
      this.log.set(log);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected async logPage(page: number): Promise<void> {
    try {
      this.log.set(await firstValueFrom(this.api.log(page)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected ask(action: PendingAction): void {
    this.actionFailure.set(null);
    this.days.set(7);
    this.wholeCommunity.set(false);
    this.pending.set(action);
    this.dialog()?.open();
  }

  /** The community may be suspended as a whole only from a community category, by its moderators. */
  protected mayWholeCommunity(item: ForumModerationQueueItem): boolean {
    return this.forums()?.some((forum) => forum.id === item.forum.id && forum.kind === 'community') ?? false;
  }

  protected async confirm(reason: string): Promise<void> {
    const action = this.pending();
    if (!action) return;
    const text = reason.trim();
    this.busy.set(true);
    this.actionFailure.set(null);
    try {
      const postId = action.item.post.id;
      if (action.kind === 'hide' || action.kind === 'restore') {
        await firstValueFrom(this.api.setHidden(postId, action.kind === 'hide', text), { defaultValue: undefined });
      } else if (action.kind === 'resolve' || action.kind === 'dismiss') {
        const outcome = action.kind === 'resolve' ? 'resolved' : 'dismissed';
        await firstValueFrom(this.api.closeReports(postId, outcome, text || undefined), { defaultValue: undefined });
      } else {
        await firstValueFrom(
          this.api.suspend({
            userId: action.item.post.author.id,
            forumId: this.wholeCommunity() ? null : action.item.forum.id,
            days: this.days(),
            reason: text,
          }),
        );
      }
      this.done.set(action.kind);
      this.dialog()?.close();
      await this.load();
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async lift(suspension: ForumSuspension): Promise<void> {
    this.actionFailure.set(null);
    try {
      await firstValueFrom(this.api.lift(suspension.id), { defaultValue: undefined });
      this.done.set('lift');
      await this.load();
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
