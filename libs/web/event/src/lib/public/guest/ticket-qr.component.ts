import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';

/**
 * The ticket's QR code, drawn in the browser as one SVG path (crisp at any size, no canvas).
 * The encoder (`qrcode`) is fetched only when a ticket is shown.
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
      <rect width="100%" height="100%" fill="#fff" />
      @if (path(); as d) {
        <path [attr.d]="d" fill="#000" />
      }
    </svg>
  `,
})
export class TicketQrComponent {
  readonly code = input.required<string>();
  /** Read out instead of the picture. */
  readonly label = input.required<string>();
  private readonly matrix = signal<{ size: number; dark: (row: number, col: number) => boolean } | null>(null);
  /** A quiet zone of four modules around the symbol, as scanners expect. */
  protected readonly viewBox = computed(() => {
    const size = (this.matrix()?.size ?? 21) + 8;
    return `-4 -4 ${size} ${size}`;
  });
  protected readonly path = computed(() => {
    const matrix = this.matrix();
    if (!matrix) return null;
    const parts: string[] = [];
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) if (matrix.dark(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
    return parts.join('');
  });

  constructor() {
    effect(() => void this.draw(this.code()));
  }

  private async draw(code: string): Promise<void> {
    const { create } = await import('qrcode');
    const { modules } = create(code, { errorCorrectionLevel: 'M' });
    if (code === this.code()) this.matrix.set({ size: modules.size, dark: (row, col) => !!modules.get(row, col) });
  }
}
