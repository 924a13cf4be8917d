import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CohortSummary, EnrolmentSummary, QuizOverride } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AssessmentApi } from '@bina-pustaka/web-data-access/assessment';
import { CohortsApi } from '@bina-pustaka/web-data-access/learning';
import {
  AlertComponent,
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  FailureAlertComponent,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { optionalMoment } from '@bina-pustaka/shared-util';

const wholeNumber = (text: string): number => (text.trim() === '' ? 0 : Math.round(Number(text)));

const PAGE_SIZE = 20;

const COLUMNS: readonly DataColumn[] = [
  { key: 'assessment.overrides.learner' },
  { key: 'assessment.overrides.extraMinutes', class: 'cell-number' },
  { key: 'assessment.overrides.extraAttempts', class: 'cell-number' },
  { key: 'assessment.overrides.window' },
  { key: 'common.actions', visuallyHidden: true },
];

/**
 * Per-learner exceptions to a quiz: a learner of one of the course's cohorts gets extra
 * minutes, extra attempts, or their own opening and closing. Setting a learner again replaces
 * their exception.
 */
@Component({
  selector: 'bp-quiz-overrides',
  imports: [
    TranslocoDirective,
    AlertComponent,
    DataTableComponent,
    DataRowDirective,
    DateTimePipe,
    FailureAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-overrides.component.html',
})
export class QuizOverridesComponent implements OnInit {
  readonly quizId = input.required<string>();
  readonly courseId = input.required<string>();

  private readonly api = inject(AssessmentApi);
  private readonly cohortsApi = inject(CohortsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageStore).current;

  /** null until the first load. */
  protected readonly overrides = signal<QuizOverride[] | null>(null);
  protected readonly columns = COLUMNS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly userIdOf = (item: QuizOverride) => item.user.id;
  protected readonly cohorts = signal<CohortSummary[]>([]);
  protected readonly learners = signal<EnrolmentSummary[]>([]);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly formFailure = signal<ApiFailure | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly pending = signal(false);
  protected readonly loadingLearners = signal(false);

  protected readonly cohortId = signal('');
  protected readonly userId = signal('');
  protected readonly extraMinutes = signal('0');
  protected readonly extraAttempts = signal('0');
  protected readonly opensDate = signal('');
  protected readonly opensTime = signal('');
  protected readonly closesDate = signal('');
  protected readonly closesTime = signal('');

  ngOnInit(): void {
    void this.load();
  }

  protected issue(field: 'userId' | 'extraMinutes' | 'extraAttempts' | 'opensAt' | 'closesAt'): string | null {
    return this.formFailure()?.issues[field] ?? null;
  }

  protected async pickCohort(cohortId: string): Promise<void> {
    this.cohortId.set(cohortId);
    this.userId.set('');
    this.learners.set([]);
    if (!cohortId) return;
    this.loadingLearners.set(true);
    try {
      const page = await firstValueFrom(this.cohortsApi.enrolments(cohortId, { page: 1, pageSize: 100 }));
      this.learners.set(page.items.filter((enrolment) => enrolment.status !== 'pending'));
    } catch (error) {
      this.formFailure.set(toApiFailure(error));
    } finally {
      this.loadingLearners.set(false);
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.formFailure.set(null);
    const opensAt = optionalMoment(this.opensDate(), this.opensTime());
    const closesAt = optionalMoment(this.closesDate(), this.closesTime());
    const learner = this.learners().find((enrolment) => enrolment.user.id === this.userId());
    if (!learner || opensAt === undefined || closesAt === undefined) {
      const issues: Record<string, string> = {};
      if (!learner) issues['userId'] = this.transloco.translate('assessment.overrides.pickLearnerFirst');
      if (opensAt === undefined) issues['opensAt'] = this.transloco.translate('assessment.quizForm.invalidMoment');
      if (closesAt === undefined) issues['closesAt'] = this.transloco.translate('assessment.quizForm.invalidMoment');
      this.formFailure.set({ status: 0, code: 'client', message: null, issues });
      return;
    }
    this.pending.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.setOverride(this.quizId(), learner.user.id, {
          extraMinutes: wholeNumber(this.extraMinutes()),
          extraAttempts: wholeNumber(this.extraAttempts()),
          opensAt,
          closesAt,
        }),
      );
      this.overrides.update((list) => [...(list ?? []).filter((item) => item.user.id !== saved.user.id), saved]);
      this.notice.set(this.transloco.translate('assessment.overrides.saved', { name: saved.user.fullName }));
      this.userId.set('');
      this.extraMinutes.set('0');
      this.extraAttempts.set('0');
      this.opensDate.set('');
      this.opensTime.set('');
      this.closesDate.set('');
      this.closesTime.set('');
    } catch (error) {
      this.formFailure.set(toApiFailure(error));
    } finally {
      this.pending.set(false);
    }
  }

  protected async remove(override: QuizOverride): Promise<void> {
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.removeOverride(this.quizId(), override.user.id));
      this.overrides.update((list) => (list ?? []).filter((item) => item.user.id !== override.user.id));
      this.notice.set(this.transloco.translate('assessment.overrides.removed', { name: override.user.fullName }));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const [overrides, cohorts] = await Promise.all([
        firstValueFrom(this.api.overrides(this.quizId())),
        firstValueFrom(this.cohortsApi.list({ courseId: this.courseId(), page: 1, pageSize: 100 })),
      ]);
      this.overrides.set(overrides);
      this.cohorts.set(cohorts.items);
      if (cohorts.items.length === 1) await this.pickCohort(cohorts.items[0].id);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
