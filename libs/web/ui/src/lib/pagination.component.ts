import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'bp-pagination',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav *transloco="let t" class="pagination" [attr.aria-label]="label()">
      <button type="button" class="btn btn-secondary" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
        {{ t('pagination.previous') }}
      </button>
      <span class="pagination-status">{{
        t('pagination.status', { page: page(), pages: pages(), total: total() })
      }}</span>
      <button
        type="button"
        class="btn btn-secondary"
        [disabled]="page() >= pages()"
        (click)="pageChange.emit(page() + 1)"
      >
        {{ t('pagination.next') }}
      </button>
    </nav>
  `,
})
export class PaginationComponent {
  /** Names this navigation for screen readers, e.g. "Halaman daftar pengguna". */
  readonly label = input.required<string>();
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  readonly pageChange = output<number>();
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
}
