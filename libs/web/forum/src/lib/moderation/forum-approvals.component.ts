import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  FORUM_HOLD_FIRST_POSTS_MAX,
  type ForumHeldPost,
  type ModeratedForum,
} from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumModerationApi } from '@bina-pustaka/web-data-access/forum';
import { DateTimePipe, DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * The moderation page's approvals: posts waiting for approval (approve, or reject with a
 * reason the author reads) and, per moderated forum, how many first posts of a member wait.
 */
@Component({
  selector: 'bp-forum-approvals',
  imports: [TranslocoDirective, RouterLink, DateTimePipe, DialogComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum-approvals.component.html',
  // The queue's cards look like the reports' below them.
  styleUrls: ['./forum-moderation.page.css', './forum-approvals.component.css'],
})
export class ForumApprovalsComponent {
  private readonly api = inject(ForumModerationApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly holdMax = FORUM_HOLD_FIRST_POSTS_MAX;

  /** The forums the viewer moderates, with their setting. */
  readonly forums = input.required<ModeratedForum[]>();
  /** A decision or a setting was saved (the page reloads its log). */
  readonly changed = output<void>();

  protected readonly held = signal<ForumHeldPost[]>([]);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly rejecting = signal<ForumHeldPost | null>(null);
  protected readonly busy = signal(false);
  /** What was just done, announced to screen readers (a key of `forum.moderation.approvals`). */
  protected readonly notice = signal<{ key: string; params?: Record<string, string> } | null>(null);
  private readonly dialog = viewChild<DialogComponent>('rejectDialog');

  constructor() {
    void this.load();
  }

  protected threadLink(threadId: string): string {
    return appLink(APP_PATHS.forumThread, { threadId });
  }

  protected async load(): Promise<void> {
    try {
      this.held.set(await firstValueFrom(this.api.held()));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected async approve(item: ForumHeldPost): Promise<void> {
    await this.run(() => firstValueFrom(this.api.approve(item.post.id), { defaultValue: undefined }), {
      key: 'forum.moderation.approvals.approved',
    });
  }

  protected askReject(item: ForumHeldPost): void {
    this.failure.set(null);
    this.rejecting.set(item);
    this.dialog()?.open();
  }

  protected async reject(reason: string): Promise<void> {
    const item = this.rejecting();
    if (!item) return;
    const done = await this.run(
      () => firstValueFrom(this.api.reject(item.post.id, reason.trim()), { defaultValue: undefined }),
      { key: 'forum.moderation.approvals.rejected' },
    );
    if (done) this.dialog()?.close();
  }

  protected async saveHold(forum: ModeratedForum, value: number): Promise<void> {
    await this.run(() => firstValueFrom(this.api.setHoldFirstPosts(forum.id, value)), {
      key: 'forum.moderation.approvals.saved',
      params: { forum: forum.title },
    });
  }

  private async run(
    call: () => Promise<unknown>,
    notice: { key: string; params?: Record<string, string> },
  ): Promise<boolean> {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    try {
      await call();
      this.notice.set(notice);
      await this.load();
      this.changed.emit();
      return true;
    } catch (error) {
      this.failure.set(toApiFailure(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
