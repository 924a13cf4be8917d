import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  TemplateRef,
  ViewEncapsulation,
  computed,
  contentChild,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { FailureAlertComponent, type ShownFailure } from './failure-alert.component';
import { WIDE_SCREEN, mediaQuery } from './media-query';
import { PaginationComponent } from './pagination.component';

/** One column's header: a translation key, hidden from sight (not from screen readers) for e.g. actions. */
export interface DataColumn {
  key: string;
  visuallyHidden?: boolean;
  /** e.g. `cell-number` for a column of figures (its cells take the same class in the row template). */
  class?: string;
  /** The key's values, for a column the page makes from data (e.g. "M2" for a course's second module). */
  params?: Record<string, unknown>;
  /** The whole name of a short header: shown on hover, read by screen readers after the short one. */
  title?: string;
}

/** What the table needs of a page of items (the shared contracts' Page has this shape). */
export interface ShownPage<Item> {
  items: readonly Item[];
  page: number;
  pageSize: number;
  total: number;
}

/** The cells of one row on wide screens (`<th scope="row">` first, then `<td>`s); `let-item` is the row's item. */
@Directive({ selector: 'ng-template[bpDataRow]' })
export class DataRowDirective {
  readonly template = inject<TemplateRef<{ $implicit: unknown }>>(TemplateRef);
}

/** The inside of one item's card on phones; `let-item` is the item. Without it, phones get the table's rows stacked. */
@Directive({ selector: 'ng-template[bpDataCard]' })
export class DataCardDirective {
  readonly template = inject<TemplateRef<{ $implicit: unknown }>>(TemplateRef);
}

/**
 * A staff list: a table on wide screens and, on phones, a list of cards (with a `bpDataCard`)
 * or the table's rows stacked as cards (without one), with the loading, empty and failure
 * states and the pagination under it. The page gives the cells through a `bpDataRow`
 * template; the header words are translation keys, so the columns are a constant of the page.
 */
@Component({
  selector: 'bp-data-table',
  imports: [NgTemplateOutlet, TranslocoDirective, FailureAlertComponent, PaginationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated: the stacked layout styles the cells the page's row template renders.
  encapsulation: ViewEncapsulation.None,
  styleUrl: './data-table.component.css',
  template: `
    <ng-container *transloco="let t">
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" [retryable]="true" (retry)="retry.emit()" />
      }
      <div class="list-region" [attr.aria-busy]="loading()">
        @if (shown(); as result) {
          @if (countKey(); as key) {
            <p class="muted" role="status">{{ t(key, { total: result.total }) }}</p>
          }
          @if (result.items.length === 0) {
            <p class="empty">{{ emptyText() }}</p>
          } @else if (wide() || stacked()) {
            <!-- A named region only when asked: a page's section is often one already, named as the caption. -->
            <div
              class="table-wrap"
              [attr.role]="regionLabel() ? 'region' : null"
              [attr.tabindex]="regionLabel() ? 0 : null"
              [attr.aria-label]="regionLabel()"
            >
              <!-- Explicit roles when stacked: the rows laid out as cards stay a table for screen readers. -->
              <table class="data-table" [class.data-table-stacked]="stacked()" [attr.role]="stacked() ? 'table' : null">
                <caption class="visually-hidden">
                  {{
                    caption()
                  }}
                </caption>
                <thead [attr.role]="stacked() ? 'rowgroup' : null">
                  <tr [attr.role]="stacked() ? 'row' : null">
                    @for (column of columns(); track $index) {
                      <th scope="col" [class]="column.class ?? ''" [attr.role]="stacked() ? 'columnheader' : null">
                        @if (column.visuallyHidden) {
                          <span class="visually-hidden">{{ t(column.key, column.params) }}</span>
                        } @else if (column.title) {
                          <abbr [title]="column.title">{{ t(column.key, column.params) }}</abbr>
                          <span class="visually-hidden"> {{ column.title }}</span>
                        } @else {
                          {{ t(column.key, column.params) }}
                        }
                      </th>
                    }
                  </tr>
                </thead>
                <tbody [attr.role]="stacked() ? 'rowgroup' : null">
                  @for (item of result.items; track identify()(item)) {
                    <tr [attr.role]="stacked() ? 'row' : null">
                      <ng-container *ngTemplateOutlet="row().template; context: { $implicit: item }" />
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else {
            <ul class="card-list" [attr.aria-label]="caption()">
              @for (item of result.items; track identify()(item)) {
                <li class="card list-card">
                  <ng-container *ngTemplateOutlet="card()?.template ?? null; context: { $implicit: item }" />
                </li>
              }
            </ul>
          }
          @if (result.total > result.pageSize) {
            <bp-pagination
              [label]="paginationLabel()"
              [page]="result.page"
              [pageSize]="result.pageSize"
              [total]="result.total"
              (pageChange)="goTo($event)"
            />
          }
        } @else if (loading()) {
          <p class="muted" role="status">{{ t('common.loading') }}</p>
        }
      </div>
    </ng-container>
  `,
})
export class DataTableComponent<Item extends object> {
  /** The page shown (a pagedList's `page`), or every item of a list the server does not page; null until it arrives. */
  readonly page = input.required<ShownPage<Item> | readonly Item[] | null>();
  /** Pages a list given whole (an array) this many items at a time, here in the browser; one page of all without it. */
  readonly pageSize = input<number | null>(null);
  readonly loading = input.required<boolean>();
  /** Why the newest load failed; omit it when the page shows its failures itself. */
  readonly failure = input<ShownFailure | null>(null);
  /** Names the table (visually hidden caption) and the phone's list of cards. */
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly DataColumn[]>();
  readonly emptyText = input.required<string>();
  /** A translation key taking `{{total}}`, announced after each load; none for lists that do not count. */
  readonly countKey = input<string | null>(null);
  /** Names the pagination for screen readers, e.g. "Halaman daftar pengguna"; only paged lists need it. */
  readonly paginationLabel = input('');
  /** What tells the rows apart, so a reload keeps each row's elements (and focus); the item's `id` unless given. */
  readonly identify = input<(item: Item) => unknown>(idOf);
  /** Makes the table's scroll box a focusable region with this name, so a keyboard can scroll it. */
  readonly regionLabel = input<string | null>(null);
  readonly pageChange = output<number>();
  readonly retry = output<void>();

  protected readonly row = contentChild.required(DataRowDirective);
  protected readonly card = contentChild(DataCardDirective);
  protected readonly stacked = computed(() => !this.card());
  protected readonly wide = mediaQuery(WIDE_SCREEN);
  /** The page of a list given whole; back to the first whenever a new list arrives (e.g. after a filter). */
  private readonly localPage = linkedSignal({ source: this.page, computation: () => 1 });
  /** A list given whole is paged here by `pageSize`, or is one page holding every item. */
  protected readonly shown = computed((): ShownPage<Item> | null => {
    const page = this.page();
    if (!isItems(page)) return page;
    const size = this.pageSize() ?? Math.max(1, page.length);
    const current = Math.min(this.localPage(), Math.max(1, Math.ceil(page.length / size)));
    const start = (current - 1) * size;
    return { items: page.slice(start, start + size), page: current, pageSize: size, total: page.length };
  });

  protected goTo(page: number): void {
    if (isItems(this.page())) this.localPage.set(page);
    this.pageChange.emit(page);
  }
}

function isItems<Item>(page: ShownPage<Item> | readonly Item[] | null): page is readonly Item[] {
  return Array.isArray(page);
}

function idOf(item: object): unknown {
  return (item as { id?: unknown }).id;
}
