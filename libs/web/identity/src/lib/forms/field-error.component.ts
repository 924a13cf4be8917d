import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ControlContainer } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { map, startWith, switchMap } from 'rxjs';
import { FeedbackFormDirective } from './field.directive';
import { validationMessage } from './validators';

/**
 * The message under a field: the server's issue for it, else the first client-side error
 * once the field was touched. `for` is the control name, `fieldId` the input's id.
 */
@Component({
  selector: 'bp-field-error',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (serverMessage(); as text) {
        <p class="field-error" [id]="fieldId() + '-error'">{{ text }}</p>
      } @else if (clientMessage(); as message) {
        <p class="field-error" [id]="fieldId() + '-error'">{{ t(message.key, message.params) }}</p>
      }
    </ng-container>
  `,
})
export class FieldErrorComponent {
  readonly for = input.required<string>();
  readonly fieldId = input.required<string>();
  private readonly container = inject(ControlContainer);
  private readonly form = inject(FeedbackFormDirective);

  private readonly control = computed(() => this.container.control?.get(this.for()) ?? null);
  /** Re-evaluated on every value, status and touched change of the control. */
  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control
          ? control.events.pipe(
              startWith(null),
              map(() => ({ touched: control.touched, dirty: control.dirty, errors: control.errors })),
            )
          : [null],
      ),
    ),
  );

  protected readonly serverMessage = computed(() => {
    const state = this.state();
    return state && !state.dirty ? this.form.feedback().serverIssue(this.for(), this.control()) : null;
  });
  protected readonly clientMessage = computed(() => {
    const state = this.state();
    return state?.touched ? validationMessage(state.errors) : null;
  });
}
