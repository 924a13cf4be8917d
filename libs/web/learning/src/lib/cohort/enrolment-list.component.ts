import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CohortSummary, EnrolmentStatus, EnrolmentSummary } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { CohortsApi, ENROLMENT_STATUSES, type EnrolmentListQuery } from '@bina-pustaka/web-data-access/learning';
import {
  AlertComponent,
  DataCardDirective,
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  DialogComponent,
  FailureAlertComponent,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { catchError, filter, firstValueFrom, map, of, switchMap } from 'rxjs';
import { fromWibParts, toWibParts } from '@bina-pustaka/shared-util';

const PAGE_SIZE = 20;

const COLUMNS: readonly DataColumn[] = [
  { key: 'fields.fullName' },
  { key: 'fields.status' },
  { key: 'learning.enrolments.progress' },
  { key: 'learning.enrolments.endsAt' },
  { key: 'common.actions', visuallyHidden: true },
];

type Action = 'approve' | 'reject' | 'withdraw' | 'move' | 'extend';

const DONE: Record<Exclude<Action, 'approve'>, string> = {
  reject: 'learning.enrolments.done.reject',
  withdraw: 'learning.enrolments.done.withdraw',
  move: 'learning.enrolments.done.move',
  extend: 'learning.enrolments.done.extend',
};

/** The members of a cohort, with what a coordinator does to each. */
@Component({
  selector: 'bp-enrolment-list',
  imports: [
    NgTemplateOutlet,
    TranslocoDirective,
    AlertComponent,
    DateTimePipe,
    DialogComponent,
    DataTableComponent,
    DataRowDirective,
    DataCardDirective,
    FailureAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './enrolment-list.component.html',
})
export class EnrolmentListComponent {
  readonly cohort = input.required<CohortSummary>();
  readonly refresh = input(0);
  /** Something changed the counts of the cohort (approve, withdraw, move). */
  readonly changed = output<void>();
  private readonly api = inject(CohortsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageStore).current;
  protected readonly columns = COLUMNS;
  protected readonly statuses = ENROLMENT_STATUSES;

  protected readonly query = signal<EnrolmentListQuery>({ page: 1, pageSize: PAGE_SIZE });
  private readonly list = pagedList(
    () => ({ cohortId: this.cohort().id, query: this.query(), refresh: this.refresh() }),
    ({ cohortId, query }) => this.api.enrolments(cohortId, query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly notice = signal<{ key: string; name: string } | null>(null);

  protected readonly selected = signal<EnrolmentSummary | null>(null);
  protected readonly action = signal<Action | null>(null);
  protected readonly dialogFailure = signal<ApiFailure | null>(null);
  protected readonly dialogPending = signal(false);
  protected readonly moveTarget = signal('');
  protected readonly extendDate = signal('');
  protected readonly extendTime = signal('23:59');
  private readonly dialog = viewChild.required<DialogComponent>('dialog');

  /** Other cohorts of the same course, for moving a learner. */
  protected readonly otherCohorts = toSignal(
    toObservable(this.cohort).pipe(
      filter((cohort): cohort is CohortSummary => !!cohort),
      switchMap((cohort) =>
        this.api.list({ courseId: cohort.courseId, page: 1, pageSize: 100 }).pipe(
          map((page) => page.items.filter((item) => item.id !== cohort.id)),
          catchError(() => of([] as CohortSummary[])),
        ),
      ),
    ),
    { initialValue: [] as CohortSummary[] },
  );

  protected search(event: Event, q: string, status: string): void {
    event.preventDefault();
    this.query.update((query) => ({
      ...query,
      q: q.trim() || undefined,
      status: (status || undefined) as EnrolmentStatus | undefined,
      page: 1,
    }));
  }

  protected goTo(page: number): void {
    this.query.update((query) => ({ ...query, page }));
  }

  protected retry(): void {
    this.list.reload();
  }

  protected isLive(enrolment: EnrolmentSummary): boolean {
    return enrolment.status === 'active' || enrolment.status === 'pending';
  }

  protected async approve(enrolment: EnrolmentSummary): Promise<void> {
    this.notice.set(null);
    this.failure.set(null);
    try {
      this.replace(await firstValueFrom(this.api.approve(enrolment.id)));
      this.notice.set({ key: 'learning.enrolments.approved', name: enrolment.user.fullName });
      this.changed.emit();
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected open(enrolment: EnrolmentSummary, action: Action): void {
    this.selected.set(enrolment);
    this.action.set(action);
    this.dialogFailure.set(null);
    this.moveTarget.set(this.otherCohorts()[0]?.id ?? '');
    const end = toWibParts(enrolment.endsAt);
    this.extendDate.set(end.date);
    this.extendTime.set(end.time);
    this.dialog().open();
  }

  protected async confirm(): Promise<void> {
    const enrolment = this.selected();
    const action = this.action();
    if (!enrolment || !action) return;
    this.dialogPending.set(true);
    this.dialogFailure.set(null);
    try {
      if (action === 'reject') this.replace(await firstValueFrom(this.api.reject(enrolment.id)));
      if (action === 'withdraw') this.replace(await firstValueFrom(this.api.withdraw(enrolment.id)));
      if (action === 'move') {
        await firstValueFrom(this.api.move(enrolment.id, this.moveTarget()));
        this.list.reload();
      }
      if (action === 'extend') {
        const endsAt = fromWibParts(this.extendDate(), this.extendTime());
        if (!endsAt) {
          const message = this.transloco.translate('validation.dateTimeInput');
          this.dialogFailure.set({ status: 0, code: 'client', message, issues: {} });
          return;
        }
        this.replace(await firstValueFrom(this.api.extend(enrolment.id, endsAt)));
      }
      if (action !== 'approve') this.notice.set({ key: DONE[action], name: enrolment.user.fullName });
      this.dialog().close();
      this.changed.emit();
    } catch (error) {
      this.dialogFailure.set(toApiFailure(error));
    } finally {
      this.dialogPending.set(false);
    }
  }

  private replace(updated: EnrolmentSummary): void {
    this.page.update((page) =>
      page ? { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) } : page,
    );
  }
}
