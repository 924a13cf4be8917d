import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output } from '@angular/core';
import { FormGroup, ReactiveFormsModule, type FormControl } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventRegistrationResult, PublicEvent } from '@bina-pustaka/shared-contracts';
import { PublicEventsApi } from '@bina-pustaka/web-data-access/events';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { addAnswerControls, answersOf, EventQuestionsComponent } from './event-questions.component';

/**
 * A member's one click when the organiser asks questions: the same fields as the guest's
 * form, then the registration with their account and these answers. Loaded only for such
 * an event (it brings @angular/forms), by the member's registration box.
 */
@Component({
  selector: 'bp-member-answers',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, EventQuestionsComponent, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      *transloco="let t"
      class="event-form"
      [formGroup]="form()"
      [bpFeedback]="feedback"
      (ngSubmit)="submit()"
      novalidate
      [attr.aria-label]="t('events.member.answersLabel')"
    >
      @if (feedback.failure(); as f) {
        <bp-failure-alert [failure]="f" />
      }
      <p class="hint">{{ t('events.member.answersHint') }}</p>
      <bp-event-questions [questions]="event().questions" />
      <button type="submit" class="btn btn-primary btn-block" [disabled]="feedback.pending()">
        {{ t(feedback.pending() ? 'events.register.sending' : 'events.member.oneClick') }}
      </button>
    </form>
  `,
})
export class MemberAnswersComponent {
  readonly event = input.required<PublicEvent>();
  readonly registered = output<EventRegistrationResult>();
  private readonly api = inject(PublicEventsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly feedback = new FormFeedback();

  protected readonly form = computed(() => {
    const form = new FormGroup<Record<string, FormControl>>({});
    addAnswerControls(form, this.event().questions);
    return form;
  });

  protected async submit(): Promise<void> {
    const form = this.form();
    await this.feedback.submit(form, this.host.nativeElement, async () => {
      const answers = answersOf(form, this.event().questions);
      this.registered.emit(await firstValueFrom(this.api.registerMember(this.event().id, answers)));
    });
  }
}
