import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ForumThread, ModeratedForum } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumModerationApi, type ThreadModeration } from '@bina-pustaka/web-data-access/forum';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/** A moderator's tools on the thread page: lock, pin, and move to another forum they moderate (with a reason). */
@Component({
  selector: 'bp-thread-moderation',
  imports: [TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details *transloco="let t" class="thread-moderation" (toggle)="opened()">
      <summary>{{ t('forum.threadModeration.title') }}</summary>
      <div class="action-buttons">
        <button
          type="button"
          class="btn btn-secondary btn-small"
          [disabled]="busy()"
          (click)="apply({ locked: !thread().locked })"
        >
          {{ t(thread().locked ? 'forum.threadModeration.unlock' : 'forum.threadModeration.lock') }}
        </button>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          [disabled]="busy()"
          (click)="apply({ pinned: !thread().pinned })"
        >
          {{ t(thread().pinned ? 'forum.threadModeration.unpin' : 'forum.threadModeration.pin') }}
        </button>
      </div>
      @if (targets().length) {
        <form
          class="thread-move"
          (submit)="$event.preventDefault(); apply({ forumId: target.value, reason: reason.value.trim() })"
        >
          <div class="field">
            <label for="move-target">{{ t('forum.threadModeration.moveTo') }}</label>
            <select #target id="move-target" required>
              @for (choice of targets(); track choice.id) {
                <option [value]="choice.id">{{ choice.title }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label for="move-reason">{{ t('forum.moderation.reason') }}</label>
            <input #reason id="move-reason" type="text" required minlength="5" maxlength="500" />
          </div>
          <button type="submit" class="btn btn-secondary btn-small" [disabled]="busy()">
            {{ t('forum.threadModeration.move') }}
          </button>
        </form>
      }
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" />
      }
    </details>
  `,
})
export class ThreadModerationComponent {
  private readonly api = inject(ForumModerationApi);

  readonly thread = input.required<ForumThread>();
  /** The thread changed: the page loads it again. */
  readonly changed = output<void>();

  protected readonly targets = signal<ModeratedForum[]>([]);
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  private loaded = false;

  /** The forums to move to are asked for only when a moderator opens the tools. */
  protected async opened(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    try {
      const forums = await firstValueFrom(this.api.forums());
      this.targets.set(forums.filter((forum) => forum.id !== this.thread().forum.id));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected async apply(change: ThreadModeration): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.moderateThread(this.thread().id, change), { defaultValue: undefined });
      this.changed.emit();
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
