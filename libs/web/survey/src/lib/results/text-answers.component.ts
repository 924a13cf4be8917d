import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { PaginationComponent } from '@bina-pustaka/web-ui';
import { TEXT_ANSWERS_PAGE_SIZE } from '../survey-keys';

/** Written answers, 20 at a time, each as the person wrote it (bound as text, never as markup). */
@Component({
  selector: 'bp-text-answers',
  imports: [TranslocoDirective, PaginationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './results.css',
  template: `
    <ng-container *transloco="let t">
      <p class="label-like">{{ t('survey.results.figures.texts') }}</p>
      <ul class="results-texts">
        @for (text of shown(); track $index) {
          <li>{{ text }}</li>
        }
      </ul>
      @if (texts().length > pageSize) {
        <bp-pagination
          [label]="t('survey.results.figures.textPages', { question: question() })"
          [page]="page()"
          [pageSize]="pageSize"
          [total]="texts().length"
          (pageChange)="page.set($event)"
        />
      }
    </ng-container>
  `,
})
export class TextAnswersComponent {
  readonly texts = input.required<string[]>();
  /** Names the pages' navigation, so two lists on one page are told apart. */
  readonly question = input.required<string>();
  protected readonly pageSize = TEXT_ANSWERS_PAGE_SIZE;
  /** Back to the first page when the answers change (another filter). */
  protected readonly page = linkedSignal({ source: this.texts, computation: () => 1 });
  protected readonly shown = computed(() => {
    const start = (this.page() - 1) * this.pageSize;
    return this.texts().slice(start, start + this.pageSize);
  });
}
