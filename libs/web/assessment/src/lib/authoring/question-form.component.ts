import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Question, QuestionCategory, QuestionType } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AssessmentApi, QUESTION_TYPES } from '@bina-pustaka/web-data-access/assessment';
import { firstValueFrom } from 'rxjs';
import { draftOf, emptyDraft, requestOf, type QuestionDraft } from './question-draft';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';

type ListName = 'options' | 'pairs' | 'items';

/** Creates or edits one question of any type; the server's per-field messages show beside the form. */
@Component({
  selector: 'bp-question-form',
  imports: [NgTemplateOutlet, TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-form.component.html',
})
export class QuestionFormComponent {
  private readonly api = inject(AssessmentApi);
  readonly courseId = input.required<string>();
  readonly question = input<Question | null>(null);
  readonly categories = input<QuestionCategory[]>([]);
  readonly defaultCategoryId = input('');
  readonly saved = output<Question>();
  readonly cancelled = output<void>();

  protected readonly types = QUESTION_TYPES;
  protected readonly draft = signal<QuestionDraft>(emptyDraft());
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly pending = signal(false);

  constructor() {
    effect(() => {
      const question = this.question();
      this.draft.set(question ? draftOf(question) : emptyDraft('single-choice', this.defaultCategoryId()));
      this.failure.set(null);
    });
  }

  protected set<K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [key]: value }));
  }

  protected setType(type: string): void {
    this.set('type', type as QuestionType);
  }

  protected setRow(list: ListName, index: number, key: string, value: string | boolean): void {
    this.draft.update((draft) => {
      const rows = (draft[list] as Record<string, unknown>[]).map((row, i) => {
        if (i === index) return { ...row, [key]: value };
        // One correct option in a single-choice question.
        if (list === 'options' && key === 'correct' && value === true && draft.type === 'single-choice') {
          return { ...row, correct: false };
        }
        return row;
      });
      return { ...draft, [list]: rows };
    });
  }

  protected addRow(list: ListName): void {
    const blank = {
      options: { text: '', correct: false, feedback: '' },
      pairs: { left: '', right: '' },
      items: { text: '' },
    };
    this.draft.update((draft) => ({ ...draft, [list]: [...(draft[list] as object[]), blank[list]] }));
  }

  protected removeRow(list: ListName, index: number): void {
    this.draft.update((draft) => ({ ...draft, [list]: (draft[list] as object[]).filter((_row, i) => i !== index) }));
  }

  protected issue(field: string): string | null {
    return this.failure()?.issues[field] ?? null;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.pending.set(true);
    this.failure.set(null);
    try {
      const request = requestOf(this.draft());
      const question = this.question();
      const saved = await firstValueFrom(
        question ? this.api.updateQuestion(question.id, request) : this.api.createQuestion(this.courseId(), request),
      );
      this.saved.emit(saved);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.pending.set(false);
    }
  }
}
