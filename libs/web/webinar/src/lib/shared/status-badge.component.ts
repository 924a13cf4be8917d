import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WebinarStatus } from '@bina-pustaka/shared-contracts';

/** "Akan datang", "Berlangsung" (with a live dot), "Selesai", "Dibatalkan". */
@Component({
  selector: 'bp-webinar-status',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      *transloco="let t; prefix: 'webinar'"
      class="badge"
      [class.badge-live]="status() === 'live'"
      [class.badge-muted]="status() === 'ended' || status() === 'cancelled'"
      [class.badge-pending]="status() === 'scheduled'"
      >{{ t('status.' + status()) }}</span
    >
  `,
  styles: `
    .badge-live {
      background: #fbeaea;
      color: #8a1c20;
    }
    .badge-live::before {
      content: '';
      display: inline-block;
      width: 0.5rem;
      height: 0.5rem;
      margin-right: 0.35rem;
      border-radius: 50%;
      background: currentColor;
      vertical-align: 0.05rem;
    }
  `,
})
export class WebinarStatusComponent {
  readonly status = input.required<WebinarStatus>();
}
