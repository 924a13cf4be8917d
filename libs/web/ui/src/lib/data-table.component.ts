import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  TemplateRef,
  contentChild,
  inject,
  input,
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

/** The inside of one item's card on phones; `let-item` is the item. */
@Directive({ selector: 'ng-template[bpDataCard]' })
export class DataCardDirective {
  readonly template = inject<TemplateRef<{ $implicit: unknown }>>(TemplateRef);
}

/**
 * A paged staff list: a table on wide screens and a list of cards on phones, with the
 * loading, empty and failure states and the pagination under it. The page gives the cells
 * and the card through `bpDataRow` and `bpDataCard` templates; the header words are
 * translation keys, so the columns are a constant of the page.
 */
@Component({
  selector: 'bp-data-table',
  imports: [NgTemplateOutlet, TranslocoDirective, FailureAlertComponent, PaginationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <ng-container *transloco="let t">
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" [retryable]="true" (retry)="retry.emit()" />
      }
      <div class="list-region" [attr.aria-busy]="loading()">
        @if (page(); as result) {
          @if (countKey(); as key) {
            <p class="muted" role="status">{{ t(key, { total: result.total }) }}</p>
          }
          @if (result.items.length === 0) {
            <p class="empty">{{ emptyText() }}</p>
          } @else if (wide()) {
            <!-- Not a named region: the page's section already is one, named as the caption. -->
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">
                  {{
                    caption()
                  }}
                </caption>
                <thead>
                  <tr>
                    @for (column of columns(); track column.key) {
                      <th scope="col">
                        @if (column.visuallyHidden) {
                          <span class="visually-hidden">{{ t(column.key) }}</span>
                        } @else {
                          {{ t(column.key) }}
                        }
                      </th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (item of result.items; track item.id) {
                    <tr>
                      <ng-container *ngTemplateOutlet="row().template; context: { $implicit: item }" />
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else {
            <ul class="card-list" [attr.aria-label]="caption()">
              @for (item of result.items; track item.id) {
                <li class="card list-card">
                  <ng-container *ngTemplateOutlet="card().template; context: { $implicit: item }" />
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
              (pageChange)="pageChange.emit($event)"
            />
          }
        } @else if (loading()) {
          <p class="muted" role="status">{{ t('common.loading') }}</p>
        }
      </div>
    </ng-container>
  `,
})
export class DataTableComponent<Item extends { id: string }> {
  /** The page shown; null until the first one arrives (a pagedList's `page`). */
  readonly page = input.required<ShownPage<Item> | null>();
  readonly loading = input.required<boolean>();
  /** Why the newest load failed; omit it when the page shows its failures itself. */
  readonly failure = input<ShownFailure | null>(null);
  /** Names the table (visually hidden caption) and the phone's list of cards. */
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly DataColumn[]>();
  readonly emptyText = input.required<string>();
  /** A translation key taking `{{total}}`, announced after each load; none for lists that do not count. */
  readonly countKey = input<string | null>(null);
  /** Names the pagination for screen readers, e.g. "Halaman daftar pengguna". */
  readonly paginationLabel = input.required<string>();
  readonly pageChange = output<number>();
  readonly retry = output<void>();

  protected readonly row = contentChild.required(DataRowDirective);
  protected readonly card = contentChild.required(DataCardDirective);
  protected readonly wide = mediaQuery(WIDE_SCREEN);
}
