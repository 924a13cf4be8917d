import { ChangeDetectionStrategy, Component, ElementRef, inject, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import type { DoorWalkIn } from './door.store';

/** The api's WhatsApp rule (`whatsappSchema`): a mobile number, 08… or +628…, spaces and dashes allowed. */
const whatsappNumber: ValidatorFn = (control) => {
  const value = String(control.value ?? '').replace(/[\s-]/g, '');
  return !value || /^(\+62|62|0)8\d{7,12}$/.test(value) ? null : { phone: true };
};

/**
 * A guest who did not register: name, and if they wish an email, WhatsApp and affiliation.
 * Checked here as the api would, since the walk-in may only be sent much later.
 */
@Component({
  selector: 'bp-door-walk-in',
  imports: [ReactiveFormsModule, TranslocoDirective, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" [bpFeedback]="feedback" (ngSubmit)="submit()" novalidate *transloco="let t">
      <div class="field">
        <label for="walk-in-name">{{ t('event-door.walkIn.name') }}</label>
        <input id="walk-in-name" type="text" formControlName="name" autocomplete="off" bpField />
        <bp-field-error for="name" fieldId="walk-in-name" />
      </div>
      <div class="field">
        <label for="walk-in-email">{{ t('event-door.walkIn.email') }} {{ t('common.optional') }}</label>
        <input id="walk-in-email" type="email" formControlName="email" autocomplete="off" inputmode="email" bpField />
        <bp-field-error for="email" fieldId="walk-in-email" />
      </div>
      <div class="field">
        <label for="walk-in-whatsapp">{{ t('event-door.walkIn.whatsapp') }} {{ t('common.optional') }}</label>
        <input id="walk-in-whatsapp" type="tel" formControlName="whatsapp" autocomplete="off" inputmode="tel" bpField />
        <bp-field-error for="whatsapp" fieldId="walk-in-whatsapp" />
      </div>
      <div class="field">
        <label for="walk-in-affiliation">{{ t('event-door.walkIn.affiliation') }} {{ t('common.optional') }}</label>
        <input id="walk-in-affiliation" type="text" formControlName="affiliation" autocomplete="off" bpField />
        <bp-field-error for="affiliation" fieldId="walk-in-affiliation" />
      </div>
      <button type="submit" class="btn btn-primary btn-block">{{ t('event-door.walkIn.submit') }}</button>
    </form>
  `,
})
export class DoorWalkInComponent {
  readonly registered = output<DoorWalkIn>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(120)]],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    whatsapp: ['', whatsappNumber],
    affiliation: ['', Validators.maxLength(160)],
  });

  protected async submit(): Promise<void> {
    await this.feedback.submit(this.form, this.host, async () => {
      const { name, email, whatsapp, affiliation } = this.form.getRawValue();
      // Empty optional fields are left out: the api refuses an empty email or number.
      this.registered.emit({
        name: name.trim(),
        ...(email.trim() && { email: email.trim().toLowerCase() }),
        ...(whatsapp.trim() && { whatsapp: whatsapp.trim() }),
        ...(affiliation.trim() && { affiliation: affiliation.trim() }),
      });
      this.form.reset();
      this.host.querySelector<HTMLInputElement>('#walk-in-name')?.focus();
    });
  }
}
