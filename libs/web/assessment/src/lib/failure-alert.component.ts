import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ApiFailure } from '@bina-pustaka/web-data-access';
import { AlertComponent } from '@bina-pustaka/web-ui';

/** The server's translated sentence for a failed call, or ours when it could not answer. */
@Component({
  selector: 'bp-failure-alert',
  imports: [TranslocoDirective, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bp-alert tone="error" *transloco="let t">
      {{
        failure().message ??
          t(
            failure().code === 'network'
              ? 'errors.network'
              : failure().status === 403
                ? 'errors.forbidden'
                : 'errors.unexpected'
          )
      }}
      @if (retryable()) {
        <button type="button" class="btn btn-link" (click)="retry.emit()">{{ t('common.retry') }}</button>
      }
    </bp-alert>
  `,
})
export class FailureAlertComponent {
  readonly failure = input.required<ApiFailure>();
  readonly retryable = input(false);
  readonly retry = output<void>();
}
