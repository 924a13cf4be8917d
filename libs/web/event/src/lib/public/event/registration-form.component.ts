import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { afterNextRender } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventRegistrationResult, GuestRegistrationInput, PublicEvent } from '@bina-pustaka/shared-contracts';
import { PublicEventsApi } from '@bina-pustaka/web-data-access/events';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { addAnswerControls, answersOf, EventQuestionsComponent } from './event-questions.component';
import { RegisteredComponent } from './registered.component';

/** The api's whatsappSchema: an Indonesian mobile number (08…, 628…, +628…), spaces and dashes allowed. */
const WHATSAPP = /^(\+62|62|0)8\d{7,12}$/;
const whatsapp: ValidatorFn = (control) => {
  const value = String(control.value ?? '').replace(/[\s-]/g, '');
  return !value || WHATSAPP.test(value) ? null : { phone: true };
};

/**
 * A guest's registration: who they are, the organiser's questions, and their agreement to
 * the stated purpose and retention of their data (UU 27/2022). The seat counts only once
 * the emailed link is opened, so the form ends by sending the guest to their inbox.
 */
@Component({
  selector: 'bp-registration-form',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    FailureAlertComponent,
    RegisteredComponent,
    EventQuestionsComponent,
    ...FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './registration-form.component.html',
  styleUrl: './registration-form.component.css',
})
export class RegistrationFormComponent {
  readonly event = input.required<PublicEvent>();
  private readonly api = inject(PublicEventsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly feedback = new FormFeedback();
  protected readonly result = signal<{ result: EventRegistrationResult; email: string } | null>(null);
  /** The honeypot's value: empty unless a script filled the form in. */
  protected readonly website = signal('');

  protected readonly form = computed(() => {
    const form = new FormGroup<Record<string, FormControl>>({
      name: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(3), Validators.maxLength(120)],
      }),
      email: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.email, Validators.maxLength(254)],
      }),
      whatsapp: new FormControl('', { nonNullable: true, validators: [whatsapp] }),
      affiliation: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(160)] }),
      consent: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
    });
    addAnswerControls(form, this.event().questions);
    return form;
  });

  protected consentInvalid(): boolean {
    const consent = this.form().controls['consent'];
    return consent.touched && consent.invalid;
  }

  protected typed(event: Event): void {
    this.website.set((event.target as HTMLInputElement).value);
  }

  protected async submit(): Promise<void> {
    const form = this.form();
    const value = form.getRawValue() as Record<string, string | boolean>;
    const text = (name: string) => String(value[name] ?? '').trim();
    const input: GuestRegistrationInput = {
      name: text('name'),
      email: text('email'),
      answers: answersOf(form, this.event().questions),
      consent: true,
      website: this.website(),
    };
    if (text('whatsapp')) input.whatsapp = text('whatsapp');
    if (text('affiliation')) input.affiliation = text('affiliation');
    await this.feedback.submit(form, this.host.nativeElement, async () => {
      const result = await firstValueFrom(this.api.register(this.event().slug, input));
      this.result.set({ result, email: input.email });
      // The message replaces the form and its focused button: take the focus to it.
      afterNextRender(() => document.getElementById('event-registered')?.focus(), { injector: this.injector });
    });
  }
}
