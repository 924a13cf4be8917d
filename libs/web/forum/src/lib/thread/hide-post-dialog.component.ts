import {
  type AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ForumPost } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumModerationApi } from '@bina-pustaka/web-data-access/forum';
import { DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/** A moderator hides a post (or shows it again) with a reason; made when asked, it opens at once. */
@Component({
  selector: 'bp-forum-hide-post-dialog',
  imports: [TranslocoDirective, DialogComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bp-dialog
      *transloco="let t"
      #dialog
      [heading]="t(post().hidden ? 'forum.moderation.dialog.restore' : 'forum.moderation.dialog.hide')"
      (closed)="closed.emit()"
    >
      <form (submit)="$event.preventDefault(); send(reason.value)">
        <div class="field">
          <label [for]="'hide-reason-' + post().id">{{ t('forum.moderation.reason') }}</label>
          <textarea
            #reason
            rows="3"
            required
            minlength="5"
            maxlength="500"
            [id]="'hide-reason-' + post().id"
          ></textarea>
          <p class="hint">{{ t('forum.moderation.reasonHint') }}</p>
        </div>
        @if (failure(); as f) {
          <bp-failure-alert [failure]="f" />
        }
        <div class="dialog-actions">
          <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ t('forum.moderation.confirm') }}</button>
          <button type="button" class="btn btn-secondary" (click)="dialog.close()">{{ t('common.cancel') }}</button>
        </div>
      </form>
    </bp-dialog>
  `,
})
export class HidePostDialogComponent implements AfterViewInit {
  private readonly api = inject(ForumModerationApi);

  readonly post = input.required<ForumPost>();
  /** The post as it is now (hidden or shown again). */
  readonly changed = output<ForumPost>();
  readonly closed = output<void>();

  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  private readonly dialog = viewChild.required<DialogComponent>('dialog');

  ngAfterViewInit(): void {
    this.dialog().open();
  }

  protected async send(text: string): Promise<void> {
    const post = this.post();
    const reason = text.trim();
    const hide = !post.hidden;
    this.busy.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.setHidden(post.id, hide, reason), { defaultValue: undefined });
      this.changed.emit({ ...post, hidden: hide ? { at: new Date().toISOString(), reason } : null });
      this.dialog().close();
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
