import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventSummary } from '@bina-pustaka/shared-contracts';

/** Where registration stands, in a word: seats left, the waitlist, or closed. */
@Component({
  selector: 'bp-seats-badge',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @let state = event().registration;
      @if (state === 'open' && event().seatsLeft !== null) {
        <span class="badge badge-open">{{ t('events.seatsLeft', { count: event().seatsLeft }) }}</span>
      } @else {
        <span class="badge" [class.badge-open]="state === 'open'" [class.badge-muted]="state !== 'open'">
          {{ t('events.registrationState.' + state) }}
        </span>
      }
    </ng-container>
  `,
})
export class SeatsBadgeComponent {
  readonly event = input.required<Pick<EventSummary, 'registration' | 'seatsLeft'>>();
}
