import { ChangeDetectionStrategy, Component, computed, input, model, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { firstValueFrom, type Observable } from 'rxjs';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';

export interface PickerOption {
  id: string;
  label: string;
  /** A second line: an email, a category. */
  detail?: string;
}

let nextId = 0;

/**
 * Search and pick several people or courses: results with "Tambah" buttons, the chosen
 * ones with "Hapus" buttons. Plain buttons and a live count, so it works with a keyboard
 * and a screen reader without a combobox.
 */
@Component({
  selector: 'bp-picker',
  imports: [TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './picker.component.css',
  template: `
    <fieldset class="picker" *transloco="let t">
      <legend>{{ label() }}</legend>
      @if (hint()) {
        <p class="hint">{{ hint() }}</p>
      }
      <div aria-live="polite">
        @if (selected().length) {
          <ul class="picker-list picker-selected" [attr.aria-label]="t('learning.picker.chosen', { label: label() })">
            @for (item of selected(); track item.id) {
              <li>
                <span class="picker-text">
                  <span>{{ item.label }}</span>
                  @if (item.detail) {
                    <span class="muted">{{ item.detail }}</span>
                  }
                </span>
                <button type="button" class="btn btn-link" [disabled]="disabled()" (click)="remove(item)">
                  {{ t('learning.picker.remove') }}<span class="visually-hidden"> {{ item.label }}</span>
                </button>
              </li>
            }
          </ul>
        } @else {
          <p class="muted picker-none">{{ emptyText() || t('learning.picker.none') }}</p>
        }
      </div>
      @if (!disabled()) {
        <div class="picker-search">
          <label class="picker-search-label" [for]="inputId">{{ searchLabel() }}</label>
          <div class="picker-search-row">
            <input
              #q
              type="search"
              autocomplete="off"
              [id]="inputId"
              (keydown.enter)="$event.preventDefault(); find(q.value)"
            />
            <button type="button" class="btn btn-secondary" (click)="find(q.value)">
              {{ t('learning.picker.search') }}
            </button>
          </div>
        </div>
        <div aria-live="polite">
          @if (failure(); as f) {
            <bp-failure-alert [failure]="f" />
          }
          @if (searching()) {
            <p class="muted">{{ t('common.loading') }}</p>
          } @else if (results(); as list) {
            <p class="muted picker-count">{{ t('learning.picker.found', { count: list.length }) }}</p>
            @if (list.length) {
              <ul class="picker-list picker-results" [attr.aria-label]="t('learning.picker.results')">
                @for (item of list; track item.id) {
                  <li>
                    <span class="picker-text">
                      <span>{{ item.label }}</span>
                      @if (item.detail) {
                        <span class="muted">{{ item.detail }}</span>
                      }
                    </span>
                    @if (isSelected(item.id)) {
                      <span class="muted">{{ t('learning.picker.added') }}</span>
                    } @else {
                      <button type="button" class="btn btn-secondary btn-small" (click)="add(item)">
                        {{ t('learning.picker.add') }}<span class="visually-hidden"> {{ item.label }}</span>
                      </button>
                    }
                  </li>
                }
              </ul>
            }
          }
        </div>
      }
    </fieldset>
  `,
})
export class PickerComponent {
  readonly label = input.required<string>();
  readonly searchLabel = input.required<string>();
  readonly search = input.required<(q: string) => Observable<PickerOption[]>>();
  readonly hint = input('');
  readonly emptyText = input('');
  readonly disabled = input(false);
  readonly max = input(1000);
  readonly selected = model<PickerOption[]>([]);
  protected readonly inputId = `bp-picker-${++nextId}`;
  protected readonly results = signal<PickerOption[] | null>(null);
  protected readonly searching = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  private readonly selectedIds = computed(() => new Set(this.selected().map((item) => item.id)));

  protected isSelected(id: string): boolean {
    return this.selectedIds().has(id);
  }

  protected async find(q: string): Promise<void> {
    this.searching.set(true);
    this.failure.set(null);
    try {
      this.results.set(await firstValueFrom(this.search()(q.trim())));
    } catch (error) {
      this.results.set(null);
      this.failure.set(toApiFailure(error));
    } finally {
      this.searching.set(false);
    }
  }

  protected add(item: PickerOption): void {
    if (this.isSelected(item.id) || this.selected().length >= this.max()) return;
    this.selected.set([...this.selected(), item]);
  }

  protected remove(item: PickerOption): void {
    this.selected.set(this.selected().filter((entry) => entry.id !== item.id));
  }
}
