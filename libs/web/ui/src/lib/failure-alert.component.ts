import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AlertComponent } from './alert.component';

/** What the alert needs of a failed call (data-access's ApiFailure has this shape). */
export interface ShownFailure {
  status: number;
  code: string;
  /** Already translated by the server; null when it could not be reached or sent no body. */
  message: string | null;
}

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
  readonly failure = input.required<ShownFailure>();
  readonly retryable = input(false);
  readonly retry = output<void>();
}
