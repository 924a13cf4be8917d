import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Institution } from '@bina-pustaka/shared-contracts';
import { type FilterChange, type FilterField, type ResultsFilter, rangeIsBackwards } from './results-filter';

/** A choice of a filter list: a course, a webinar session, an institution. */
export interface FilterChoice {
  id: string;
  title: string;
}

/**
 * One group's filters: the course or webinar session the answers were given for, the
 * respondents' institution, and the days they answered. Lists with nothing to choose are
 * left out. Each change is handed up as it comes; the page applies them together.
 */
@Component({
  selector: 'bp-results-filter-set',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './results.css',
  templateUrl: './filter-set.component.html',
})
export class FilterSetComponent {
  readonly value = input.required<ResultsFilter>();
  readonly legend = input.required<string>();
  /** Keeps the two groups' field ids apart. */
  readonly idPrefix = input.required<string>();
  readonly courses = input<FilterChoice[]>([]);
  readonly sessions = input<FilterChoice[]>([]);
  readonly institutions = input<Institution[]>([]);
  /** An anonymous survey is read by whole months: the period fields say so. */
  readonly anonymous = input(false);
  /** One field's new value (empty: no longer filtered); the page applies it to its draft. */
  readonly fieldChange = output<FilterChange>();

  protected readonly backwards = computed(() => rangeIsBackwards(this.value()));

  protected set(field: FilterField, value: string): void {
    this.fieldChange.emit({ field, value });
  }

  protected id(field: FilterField): string {
    return `${this.idPrefix()}-${field}`;
  }
}
