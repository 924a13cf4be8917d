import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type Question, type QuestionCategory } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AssessmentApi } from '@bina-pustaka/web-data-access/assessment';
import { CoursesApi } from '@bina-pustaka/web-data-access/learning';
import {
  AlertComponent,
  DataRowDirective,
  DataTableComponent,
  FailureAlertComponent,
  saveBlob,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { bankFileName, importIssues, parseBankFile, type ImportIssue } from './bank-transfer';
import { QuestionFormComponent } from './question-form.component';

const PAGE_SIZE = 20;

const COLUMNS: readonly DataColumn[] = [
  { key: 'assessment.bank.prompt' },
  { key: 'assessment.bank.type' },
  { key: 'assessment.bank.category' },
  { key: 'assessment.bank.points', class: 'cell-number' },
  { key: 'common.actions', visuallyHidden: true },
];

/**
 * A course's question bank: categories, every question with its type, the question form, and
 * the bank as a JSON file (export, and import of all questions or none).
 */
@Component({
  selector: 'bp-question-bank-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DataTableComponent,
    DataRowDirective,
    FailureAlertComponent,
    QuestionFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-bank.page.html',
})
export class QuestionBankPage {
  private readonly api = inject(AssessmentApi);
  private readonly courses = inject(CoursesApi);
  protected readonly courseId = inject(ActivatedRoute).snapshot.paramMap.get('courseId') ?? '';
  protected readonly editorLink = appLink(APP_PATHS.manageCourse, { courseId: this.courseId });
  protected readonly quizzesLink = appLink(APP_PATHS.manageQuizzes, { courseId: this.courseId });

  protected readonly categories = signal<QuestionCategory[]>([]);
  /** null until the first load. */
  protected readonly questions = signal<Question[] | null>(null);
  protected readonly columns = COLUMNS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly filter = signal('');
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly categoryFailure = signal<ApiFailure | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly newCategory = signal('');
  protected readonly transferFailure = signal<ApiFailure | null>(null);
  protected readonly transferIssues = signal<ImportIssue[]>([]);
  /** A file that is not JSON: said here, nothing sent. */
  protected readonly notJson = signal(false);
  protected readonly imported = signal<number | null>(null);
  protected readonly importFile = signal<File | null>(null);
  protected readonly transferring = signal(false);
  /** null: no form; 'new': a new question; else the question being edited. */
  protected readonly editing = signal<Question | 'new' | null>(null);
  protected readonly editedQuestion = computed(() => {
    const editing = this.editing();
    return editing === 'new' ? null : editing;
  });
  protected readonly shown = computed(() => {
    const filter = this.filter();
    const questions = this.questions();
    return filter && questions ? questions.filter((q) => q.categoryId === filter) : questions;
  });

  constructor() {
    void this.load();
  }

  protected categoryName(categoryId: string | null): string {
    return this.categories().find((c) => c.id === categoryId)?.name ?? '';
  }

  protected async addCategory(event: Event): Promise<void> {
    event.preventDefault();
    this.categoryFailure.set(null);
    try {
      const category = await firstValueFrom(this.api.createCategory(this.courseId, this.newCategory()));
      this.categories.update((list) => [...list, category]);
      this.newCategory.set('');
      this.notice.set(category.name);
    } catch (error) {
      this.categoryFailure.set(toApiFailure(error));
    }
  }

  protected async exportBank(): Promise<void> {
    this.transferFailure.set(null);
    try {
      const [bank, course] = await Promise.all([
        firstValueFrom(this.api.exportBank(this.courseId)),
        firstValueFrom(this.courses.get(this.courseId)),
      ]);
      const blob = new Blob([JSON.stringify(bank, null, 2)], { type: 'application/json' });
      saveBlob(blob, bankFileName(course.title));
    } catch (error) {
      this.transferFailure.set(toApiFailure(error));
    }
  }

  protected chooseFile(input: HTMLInputElement): void {
    this.importFile.set(input.files?.[0] ?? null);
    this.notJson.set(false);
    this.imported.set(null);
  }

  protected async importBank(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.importFile();
    this.transferFailure.set(null);
    this.transferIssues.set([]);
    this.imported.set(null);
    this.notJson.set(false);
    if (!file) return;
    const content = parseBankFile(await file.text());
    if (content === null) {
      this.notJson.set(true);
      return;
    }
    this.transferring.set(true);
    try {
      const { imported } = await firstValueFrom(this.api.importBank(this.courseId, content));
      this.imported.set(imported);
      await this.load();
    } catch (error) {
      const failure = toApiFailure(error);
      this.transferFailure.set(failure);
      this.transferIssues.set(importIssues(failure.issues));
    } finally {
      this.transferring.set(false);
    }
  }

  protected async onSaved(): Promise<void> {
    this.editing.set(null);
    this.notice.set(null);
    await this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      const [categories, questions] = await Promise.all([
        firstValueFrom(this.api.categories(this.courseId)),
        firstValueFrom(this.api.questions(this.courseId)),
      ]);
      this.categories.set(categories);
      this.questions.set(questions);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }
}
