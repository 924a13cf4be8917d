import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CertificateStatus } from '@bina-pustaka/shared-contracts';

/** A certificate's status as a coloured chip: terbit, disiapkan, gagal, dicabut, diganti. */
@Component({
  selector: 'bp-certificate-status',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .status-pending {
      background: #fdf3dc;
      color: #6b4a00;
    }
    .status-failed {
      background: var(--bp-danger-tint);
      color: var(--bp-danger);
    }
    .status-revoked {
      background: #ecebe7;
      color: #4a4f4c;
    }
    .status-superseded {
      background: var(--bp-info-tint);
      color: var(--bp-info);
    }
  `,
  template: `<span *transloco="let t" [class]="'badge status-' + status()">{{
    t('certificates.certificateStatus.' + status())
  }}</span>`,
})
export class CertificateStatusComponent {
  readonly status = input.required<CertificateStatus>();
}
