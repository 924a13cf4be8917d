import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CERTIFICATE_INKS } from '@bina-pustaka/shared-contracts/certificate-layout';
import type { CertificatePreview } from './preview-model';
import { SAMPLE_QR_MODULES, sampleQrPath } from './qr-pattern';

let nextId = 0;

/**
 * The certificate as an inline SVG whose viewBox is the page in PDF points, drawn from the
 * model `certificatePreview` builds from the shared layout. One image for assistive
 * technology, named by `label`.
 */
@Component({
  selector: 'bp-certificate-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './certificate-preview.component.css',
  template: `
    @let p = preview();
    <svg
      class="certificate-svg"
      role="img"
      xmlns="http://www.w3.org/2000/svg"
      [attr.viewBox]="'0 0 ' + p.width + ' ' + p.height"
      [attr.aria-labelledby]="titleId"
      [attr.data-orientation]="p.width > p.height ? 'landscape' : 'portrait'"
    >
      <title [attr.id]="titleId">{{ label() }}</title>
      @if (p.paper) {
        <rect x="0" y="0" [attr.width]="p.width" [attr.height]="p.height" [attr.fill]="p.paper" />
      }
      @if (p.background; as background) {
        <image
          x="0"
          y="0"
          preserveAspectRatio="none"
          [attr.href]="background.href"
          [attr.width]="background.width"
          [attr.height]="background.height"
        />
      }
      @for (frame of p.frames; track $index) {
        <rect
          fill="none"
          [attr.x]="frame.x"
          [attr.y]="frame.y"
          [attr.width]="frame.width"
          [attr.height]="frame.height"
          [attr.stroke]="frame.stroke"
          [attr.stroke-width]="frame.strokeWidth"
        />
      }
      @if (p.ornaments) {
        <path [attr.d]="p.ornaments" [attr.fill]="gold" />
      }
      @for (rule of p.rules; track $index) {
        <line
          [attr.x1]="rule.x1"
          [attr.y1]="rule.y1"
          [attr.x2]="rule.x2"
          [attr.y2]="rule.y2"
          [attr.stroke]="rule.stroke"
          [attr.stroke-width]="rule.width"
        />
      }
      @for (image of p.images; track image.part) {
        <image
          preserveAspectRatio="xMidYMid meet"
          [attr.data-part]="image.part"
          [attr.href]="image.href"
          [attr.x]="image.x"
          [attr.y]="image.y"
          [attr.width]="image.width"
          [attr.height]="image.height"
        />
      }
      @for (text of p.texts; track text.part) {
        <text
          [attr.data-part]="text.part"
          [attr.class]="'font-' + text.font"
          [attr.font-size]="text.fontSize"
          [attr.fill]="text.fill"
          [attr.letter-spacing]="text.letterSpacing || null"
        >
          @for (line of text.lines; track $index) {
            <tspan
              lengthAdjust="spacing"
              [attr.x]="line.x"
              [attr.y]="line.y"
              [attr.textLength]="line.width"
              [textContent]="line.text"
            ></tspan>
          }
        </text>
      }
      <rect
        fill="#ffffff"
        [attr.x]="p.qr.x - 4"
        [attr.y]="p.qr.y - 4"
        [attr.width]="p.qr.size + 8"
        [attr.height]="p.qr.size + 8"
      />
      <path [attr.d]="qrPath()" [attr.fill]="ink" [attr.transform]="qrTransform()" />
    </svg>
  `,
})
export class CertificatePreviewComponent {
  readonly preview = input.required<CertificatePreview>();
  /** Names the picture for screen readers, e.g. "Pratinjau sertifikat". */
  readonly label = input.required<string>();
  /** Seeds the stand-in QR pattern (the real code is drawn by the PDF renderer). */
  readonly code = input('7KQ2M9XD4HPA');

  protected readonly titleId = `bp-certificate-preview-${++nextId}`;
  protected readonly gold = CERTIFICATE_INKS.gold;
  protected readonly ink = CERTIFICATE_INKS.ink;
  protected readonly qrPath = computed(() => sampleQrPath(this.code()));
  protected readonly qrTransform = computed(() => {
    const { x, y, size } = this.preview().qr;
    return `translate(${x} ${y}) scale(${size / SAMPLE_QR_MODULES})`;
  });
}
