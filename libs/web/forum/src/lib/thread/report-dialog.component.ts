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
import { FORUM_REPORT_DETAILS_MAX, FORUM_REPORT_REASONS, type ForumReportReason } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumModerationApi } from '@bina-pustaka/web-data-access/forum';
import { DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * "Laporkan": a reason from the list (text required for "lainnya"), sent to the forum's
 * moderators. The post creates it when asked and it opens at once; closing it ends it.
 */
@Component({
  selector: 'bp-forum-report-dialog',
  imports: [TranslocoDirective, DialogComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bp-dialog *transloco="let t" #dialog [heading]="t('forum.report.title')" (closed)="closed.emit()">
      @if (sent()) {
        <p role="status">{{ t('forum.report.sent') }}</p>
        <div class="dialog-actions">
          <button type="button" class="btn btn-primary" (click)="dialog.close()">{{ t('forum.report.close') }}</button>
        </div>
      } @else {
        <form (submit)="$event.preventDefault(); send(details.value)">
          <fieldset class="field">
            <legend>{{ t('forum.report.reason') }}</legend>
            <div class="checkbox-group radio-stack">
              @for (option of reasons; track option) {
                <label class="checkbox">
                  <input
                    type="radio"
                    [name]="'report-reason-' + postId()"
                    [value]="option"
                    [checked]="reason() === option"
                    (change)="reason.set(option)"
                  />
                  <span>{{ t('forum.report.reasons.' + option) }}</span>
                </label>
              }
            </div>
          </fieldset>
          <div class="field">
            <label [for]="'report-details-' + postId()">
              {{ t('forum.report.details') }}
              @if (reason() !== 'other') {
                <span class="optional">{{ t('common.optional') }}</span>
              }
            </label>
            <textarea
              #details
              rows="3"
              [id]="'report-details-' + postId()"
              [attr.maxlength]="detailsMax"
              [required]="reason() === 'other'"
              [attr.minlength]="reason() === 'other' ? 5 : null"
            ></textarea>
          </div>
          @if (failure(); as f) {
            <bp-failure-alert [failure]="f" />
          }
          <div class="dialog-actions">
            <button type="submit" class="btn btn-primary" [disabled]="busy() || !reason()">
              {{ t('forum.report.send') }}
            </button>
            <button type="button" class="btn btn-secondary" (click)="dialog.close()">{{ t('common.cancel') }}</button>
          </div>
        </form>
      }
    </bp-dialog>
  `,
})
export class ReportDialogComponent implements AfterViewInit {
  private readonly api = inject(ForumModerationApi);
  protected readonly reasons = FORUM_REPORT_REASONS;
  protected readonly detailsMax = FORUM_REPORT_DETAILS_MAX;

  readonly postId = input.required<string>();
  readonly closed = output<void>();

  protected readonly reason = signal<ForumReportReason | null>(null);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  private readonly dialog = viewChild.required<DialogComponent>('dialog');

  ngAfterViewInit(): void {
    this.dialog().open();
  }

  protected async send(details: string): Promise<void> {
    const reason = this.reason();
    if (!reason) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.report(this.postId(), reason, details.trim() || undefined));
      this.sent.set(true);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
