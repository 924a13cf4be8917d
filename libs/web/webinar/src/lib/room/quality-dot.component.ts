import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { NetworkQuality } from '@bina-pustaka/web-data-access/webinar';

/** A coloured dot with its meaning in words for screen readers (and as a tooltip). */
@Component({
  selector: 'bp-quality-dot',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (quality(); as q) {
      <span
        *transloco="let t; prefix: 'webinar'"
        class="dot"
        [class]="'dot dot-' + q"
        role="img"
        [attr.aria-label]="t('quality.' + q)"
        [attr.title]="t('quality.' + q)"
      ></span>
    }
  `,
  styles: `
    .dot {
      display: inline-block;
      width: 0.7rem;
      height: 0.7rem;
      border-radius: 50%;
      border: 2px solid #fff;
      box-sizing: content-box;
    }
    .dot-good {
      background: #2e9d55;
    }
    .dot-fair {
      background: #e8b34b;
    }
    .dot-poor {
      background: #d2343a;
    }
  `,
})
export class QualityDotComponent {
  readonly quality = input<NetworkQuality | null>(null);
}
