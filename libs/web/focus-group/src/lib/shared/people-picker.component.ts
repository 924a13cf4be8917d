import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import type { UserRef } from '@bina-pustaka/shared-contracts';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { Subject, catchError, debounceTime, of, switchMap } from 'rxjs';

/** Waits for a pause in typing before asking the api for names. */
const SEARCH_DEBOUNCE_MS = 200;
const MIN_QUERY = 2;

/**
 * A name box that offers active accounts as one types (a combobox with a list under it):
 * arrows move, Enter picks, Escape closes. It only says who was picked; the page keeps
 * the list of people picked. People already chosen (`exclude`) are not offered again.
 * The page's `bp-field-error` for the box (id `<inputId>-error`) is read with it.
 */
@Component({
  selector: 'bp-people-picker',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="picker" *transloco="let t">
      <label [for]="inputId()">{{ label() }}</label>
      <input
        #box
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        [id]="inputId()"
        [attr.data-control]="control()"
        [attr.aria-describedby]="inputId() + '-hint ' + inputId() + '-error'"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="inputId() + '-list'"
        [attr.aria-activedescendant]="open() ? inputId() + '-option-' + active() : null"
        (input)="search(box.value)"
        (keydown)="onKeydown($event, box)"
        (blur)="close()"
      />
      <p class="hint" [id]="inputId() + '-hint'">{{ t('focusGroup.picker.hint') }}</p>
      <ul class="picker-list" role="listbox" [id]="inputId() + '-list'" [hidden]="!open()" [attr.aria-label]="label()">
        @for (person of offered(); track person.id; let i = $index) {
          <li
            role="option"
            class="picker-option"
            [id]="inputId() + '-option-' + i"
            [attr.aria-selected]="i === active()"
            (mousedown)="$event.preventDefault(); choose(person, box)"
          >
            {{ person.fullName }}
          </li>
        }
      </ul>
      <p class="visually-hidden" role="status">
        {{ open() ? t('focusGroup.picker.count', { count: offered().length }) : '' }}
      </p>
    </div>
  `,
  styles: `
    .picker {
      position: relative;
    }
    .picker label {
      display: block;
      font-weight: 600;
    }
    .picker input {
      width: 100%;
    }
    .picker-list {
      position: absolute;
      z-index: 5;
      left: 0;
      right: 0;
      margin: 0;
      padding: 0.25rem 0;
      list-style: none;
      background: var(--bp-surface, #fff);
      border: 1px solid var(--bp-border);
      border-radius: 0.5rem;
      max-height: 14rem;
      overflow-y: auto;
    }
    .picker-option {
      padding: 0.6rem 0.75rem;
      cursor: pointer;
    }
    .picker-option[aria-selected='true'] {
      background: var(--bp-info-tint);
    }
  `,
})
export class PeoplePickerComponent {
  private readonly api = inject(FocusGroupApi);
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  /** The form control this box stands for: a failed submit focuses it. */
  readonly control = input<string | null>(null);
  readonly exclude = input<readonly string[]>([]);
  readonly picked = output<UserRef>();

  private readonly typed = new Subject<string>();
  private readonly found = signal<UserRef[]>([]);
  protected readonly offered = computed(() => this.found().filter((person) => !this.exclude().includes(person.id)));
  protected readonly active = signal(0);
  protected readonly open = computed(() => this.offered().length > 0);

  constructor() {
    this.typed
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        switchMap((q) => (q.length < MIN_QUERY ? of([]) : this.api.people(q).pipe(catchError(() => of([]))))),
        takeUntilDestroyed(),
      )
      .subscribe((people) => {
        this.found.set(people);
        this.active.set(0);
      });
  }

  protected search(value: string): void {
    const q = value.trim();
    if (q.length < MIN_QUERY) this.found.set([]);
    this.typed.next(q);
  }

  protected onKeydown(event: KeyboardEvent, box: HTMLInputElement): void {
    if (!this.open()) return;
    const count = this.offered().length;
    switch (event.key) {
      case 'ArrowDown':
        this.active.update((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        this.active.update((index) => (index - 1 + count) % count);
        break;
      case 'Enter':
        this.choose(this.offered()[this.active()], box);
        break;
      case 'Escape':
        this.close();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  protected choose(person: UserRef, box: HTMLInputElement): void {
    this.picked.emit(person);
    box.value = '';
    this.close();
  }

  protected close(): void {
    this.found.set([]);
    this.typed.next('');
  }
}
