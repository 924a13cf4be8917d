import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * The ticket's QR code as the api draws it: one SVG path of the dark modules (crisp at any
 * size, no canvas, and no QR encoder in the page), with the quiet zone of four modules around
 * the symbol that scanners expect.
 */
@Component({
  selector: 'bp-ticket-qr',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .ticket-qr {
      display: block;
      width: min(240px, 100%);
      height: auto;
      aspect-ratio: 1;
    }
  `,
  template: `
    <svg
      class="ticket-qr"
      role="img"
      [attr.aria-label]="label()"
      [attr.viewBox]="viewBox()"
      width="240"
      height="240"
      shape-rendering="crispEdges"
    >
      <rect x="-4" y="-4" width="100%" height="100%" fill="#fff" />
      <path [attr.d]="qr().path" fill="#000" />
    </svg>
  `,
})
export class TicketQrComponent {
  readonly qr = input.required<{ size: number; path: string }>();
  /** Read out instead of the picture. */
  readonly label = input.required<string>();
  protected readonly viewBox = computed(() => `-4 -4 ${this.qr().size + 8} ${this.qr().size + 8}`);
}
