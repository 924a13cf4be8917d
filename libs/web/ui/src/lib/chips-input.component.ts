import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';

let nextId = 0;

/**
 * A list of short words (SKKNI units, tags) as removable chips. Type and press Enter or a
 * comma to add; each chip has its own remove button. Works with formControlName (string[]).
 * Label it with `<label [for]="inputId">`.
 */
@Component({
  selector: 'bp-chips-input',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './chips-input.component.css',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ChipsInputComponent), multi: true }],
  template: `
    <div class="chips" *transloco="let t">
      @if (values().length) {
        <ul class="chip-list" [attr.aria-label]="listLabel() || null">
          @for (value of values(); track value) {
            <li class="chip">
              <span>{{ value }}</span>
              <button
                type="button"
                class="chip-remove"
                [disabled]="disabled()"
                [attr.aria-label]="t('chips.remove', { value: value })"
                (click)="remove(value)"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          }
        </ul>
      }
      <input
        #entry
        type="text"
        autocomplete="off"
        [id]="inputId()"
        [attr.aria-describedby]="hintId"
        [disabled]="disabled()"
        (keydown)="onKey($event, entry)"
        (blur)="add(entry)"
      />
      <p class="hint" [id]="hintId">{{ hint() || t('chips.hint') }}</p>
    </div>
  `,
})
export class ChipsInputComponent implements ControlValueAccessor {
  readonly inputId = input.required<string>();
  readonly listLabel = input('');
  readonly hint = input('');
  readonly transform = input<'upper' | 'lower' | 'none'>('none');
  readonly maxItems = input(20);
  protected readonly hintId = `bp-chips-hint-${++nextId}`;
  protected readonly values = signal<string[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: string[] | null): void {
    this.values.set(Array.isArray(value) ? [...value] : []);
  }

  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected onKey(event: KeyboardEvent, entry: HTMLInputElement): void {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      this.add(entry);
    } else if (event.key === 'Backspace' && !entry.value && this.values().length) {
      this.remove(this.values()[this.values().length - 1]);
    }
  }

  protected add(entry: HTMLInputElement): void {
    const words = entry.value
      .split(',')
      .map((word) => this.normalise(word))
      .filter(Boolean);
    entry.value = '';
    this.onTouched();
    if (!words.length) return;
    const next = [...this.values()];
    for (const word of words) if (!next.includes(word) && next.length < this.maxItems()) next.push(word);
    this.set(next);
  }

  protected remove(value: string): void {
    this.set(this.values().filter((item) => item !== value));
    this.onTouched();
  }

  private set(values: string[]): void {
    this.values.set(values);
    this.onChange(values);
  }

  private normalise(word: string): string {
    const trimmed = word.trim();
    if (this.transform() === 'upper') return trimmed.toUpperCase();
    if (this.transform() === 'lower') return trimmed.toLowerCase();
    return trimmed;
  }
}
