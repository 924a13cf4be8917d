import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A plain progress bar (no chart library): role=progressbar with its name and value, so
 * screen readers say e.g. "Progres pelatihan, 40%". The visible number is the caller's.
 */
@Component({
  selector: 'bp-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './progress-bar.component.css',
  template: `
    <div
      class="progress-track"
      role="progressbar"
      aria-valuemin="0"
      [attr.aria-valuemax]="max()"
      [attr.aria-valuenow]="clamped()"
      [attr.aria-valuetext]="valueText() || null"
      [attr.aria-label]="label()"
    >
      <div class="progress-fill" [class.progress-fill-done]="clamped() >= max()" [style.width.%]="percent()"></div>
    </div>
  `,
})
export class ProgressBarComponent {
  /** Names the bar for screen readers, e.g. "Progres pelatihan". */
  readonly label = input.required<string>();
  readonly value = input.required<number>();
  readonly max = input(100);
  /** Read out instead of the bare number, e.g. "12 dari 20 JP". */
  readonly valueText = input('');
  protected readonly clamped = computed(() => Math.max(0, Math.min(this.max(), Math.round(this.value() * 10) / 10)));
  protected readonly percent = computed(() => (this.max() > 0 ? (this.clamped() / this.max()) * 100 : 0));
}
