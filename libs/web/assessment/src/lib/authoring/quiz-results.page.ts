import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type Quiz, type QuizResults } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AssessmentApi } from '@bina-pustaka/web-data-access/assessment';
import {
  DataRowDirective,
  DataTableComponent,
  FailureAlertComponent,
  saveBlob,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10}%`);
const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(2));

const ITEM_COLUMNS: readonly DataColumn[] = [
  { key: 'assessment.bank.prompt' },
  { key: 'assessment.bank.type' },
  { key: 'assessment.results.answered', class: 'cell-number' },
  { key: 'assessment.results.difficulty', class: 'cell-number' },
  { key: 'assessment.results.discrimination', class: 'cell-number' },
];

/** One quiz's results: score distribution, pass rate, and per question difficulty and discrimination. */
@Component({
  selector: 'bp-quiz-results-page',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent, DataTableComponent, DataRowDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-results.page.html',
  styles: `
    .bars {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.25rem;
    }
    .bar-row {
      display: grid;
      grid-template-columns: 6rem 1fr 3rem;
      gap: 0.5rem;
      align-items: center;
    }
    .bar {
      height: 1rem;
      background: var(--bp-primary);
      border-radius: 3px;
      min-width: 2px;
    }
  `,
})
export class QuizResultsPage {
  private readonly api = inject(AssessmentApi);
  protected readonly quizId = inject(ActivatedRoute).snapshot.paramMap.get('quizId') ?? '';
  protected readonly essaysLink = appLink(APP_PATHS.quizEssays, { quizId: this.quizId });
  protected readonly quiz = signal<Quiz | null>(null);
  protected readonly results = signal<QuizResults | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly percent = percent;
  protected readonly fixed = fixed;
  protected readonly itemColumns = ITEM_COLUMNS;
  protected readonly questionIdOf = (item: QuizResults['questions'][number]) => item.questionId;
  protected readonly quizzesLink = computed(() => {
    const quiz = this.quiz();
    return quiz ? appLink(APP_PATHS.manageQuizzes, { courseId: quiz.courseId }) : '';
  });
  protected readonly bands = computed(() => {
    const distribution = this.results()?.distribution ?? [];
    const max = Math.max(1, ...distribution);
    return distribution.map((count, i) => ({
      label: i === distribution.length - 1 ? `${i * 10}–100` : `${i * 10}–${i * 10 + 9}`,
      count,
      width: `${(count / max) * 100}%`,
    }));
  });

  constructor() {
    void this.load();
  }

  protected async download(): Promise<void> {
    try {
      const blob = await firstValueFrom(this.api.resultsCsv(this.quizId));
      saveBlob(blob, `hasil-kuis-${this.quizId}.csv`);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const [quiz, results] = await Promise.all([
        firstValueFrom(this.api.quiz(this.quizId)),
        firstValueFrom(this.api.results(this.quizId)),
      ]);
      this.quiz.set(quiz);
      this.results.set(results);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
