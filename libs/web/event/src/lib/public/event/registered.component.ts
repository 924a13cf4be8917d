import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventRegistrationResult } from '@bina-pustaka/shared-contracts';

/** What registering led to: go and confirm by email, a place in line, or a seat (a member's one click). */
@Component({
  selector: 'bp-registered',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .event-registered h3 {
      margin: 0 0 0.5rem;
    }
  `,
  template: `
    <div class="alert alert-success event-registered" role="status" *transloco="let t">
      @switch (result().status) {
        @case ('waitlisted') {
          <h3 id="event-registered" tabindex="-1">{{ t('events.register.waitlistTitle') }}</h3>
          @if (result().waitlistPosition; as position) {
            <p>{{ t('events.register.waitlistPosition', { position }) }}</p>
          }
          <p>{{ t('events.register.waitlistNext') }}</p>
        }
        @case ('confirmed') {
          <h3 id="event-registered" tabindex="-1">{{ t('events.register.confirmedTitle') }}</h3>
          <p>{{ t('events.register.confirmed') }}</p>
        }
        @default {
          <h3 id="event-registered" tabindex="-1">{{ t('events.register.checkEmailTitle') }}</h3>
          <p>{{ t('events.register.checkEmail', { email: email() }) }}</p>
        }
      }
    </div>
  `,
})
export class RegisteredComponent {
  readonly result = input.required<EventRegistrationResult>();
  readonly email = input('');
}
