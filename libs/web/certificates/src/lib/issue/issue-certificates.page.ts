import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type CertificateBatchRejection,
  type CertificateBatchResult,
  type BatchCertificateRole,
  type CohortSummary,
  type CourseSummary,
  type EnrolmentSummary,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  CERTIFICATE_ROLES,
  CertificateBatchesApi,
  CertificateTemplatesApi,
  batchRejectionsOf,
  type CertificateBatchCsvFields,
  type CourseCertificateTemplate,
} from '@bina-pustaka/web-data-access/certificates';
import { CohortsApi, CoursesApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { type Observable, catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import { ISSUE_MODES, type IssueMode } from '../certificate-keys';
import { REASON_MAX, REASON_MIN } from '../shared/certificate-table.component';
import { hasPersonColumn } from './csv-columns';

/** Lists read in one page: the api's page size limit. */
const LIST_SIZE = 100;
/** A CSV bigger than this is surely not a list of people. */
const MAX_CSV_BYTES = 2 * 1024 * 1024;

type Problem = 'course' | 'cohort' | 'people' | 'csv' | 'csvHeader' | 'reason';

/**
 * Terbitkan sertifikat: for a course, to a cohort's completers, to people picked from the
 * cohort, or to a CSV list; as participant, speaker, moderator or committee. Either everyone
 * gets one or nobody does: a refusal lists who and why.
 */
@Component({
  selector: 'bp-issue-certificates-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './issue-certificates.page.html',
  styleUrl: './issue-certificates.page.css',
})
export class IssueCertificatesPage {
  private readonly batches = inject(CertificateBatchesApi);
  private readonly templatesApi = inject(CertificateTemplatesApi);
  private readonly courses = inject(CoursesApi);
  private readonly cohorts = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly roles = CERTIFICATE_ROLES;
  protected readonly modes = ISSUE_MODES;
  protected readonly reasonMax = REASON_MAX;
  protected readonly backLink = appLink(APP_PATHS.manageCertificates);

  protected readonly courseId = signal('');
  protected readonly cohortId = signal('');
  protected readonly role = signal<BatchCertificateRole>('peserta');
  protected readonly templateId = signal('');
  protected readonly mode = signal<IssueMode>('cohort');
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  protected readonly csvFile = signal<File | null>(null);
  protected readonly force = signal(false);
  protected readonly forceReason = signal('');

  protected readonly problems = signal<ReadonlySet<Problem>>(new Set());
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly rejected = signal<CertificateBatchRejection[] | null>(null);

  protected readonly courseList = toSignal(
    this.courses.list({ status: 'published', page: 1, pageSize: LIST_SIZE }).pipe(
      map((page) => page.items),
      catchError((error: unknown) => {
        this.failure.set(toApiFailure(error));
        return of([] as CourseSummary[]);
      }),
    ),
    { initialValue: null },
  );
  protected readonly templates = toSignal(this.templatesApi.list().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  protected readonly cohortList = toSignal(
    toObservable(this.courseId).pipe(
      switchMap((courseId) =>
        courseId
          ? this.cohorts.list({ courseId, page: 1, pageSize: LIST_SIZE }).pipe(
              map((page) => page.items),
              catchError(() => of([] as CohortSummary[])),
            )
          : of([] as CohortSummary[]),
      ),
    ),
    { initialValue: [] as CohortSummary[] },
  );
  private readonly courseTemplate = toSignal(
    toObservable(this.courseId).pipe(
      switchMap((courseId) =>
        courseId
          ? this.templatesApi
              .courseTemplate(courseId)
              .pipe(catchError(() => of<CourseCertificateTemplate | null>(null)))
          : of(null),
      ),
    ),
    { initialValue: null },
  );
  /** The template the course uses when none is chosen here. */
  protected readonly effectiveTemplate = computed(() => {
    const id = this.courseTemplate()?.effectiveTemplateId;
    return this.templates().find((template) => template.id === id) ?? null;
  });
  protected readonly enrolments = toSignal(
    toObservable(this.cohortId).pipe(
      switchMap((cohortId) =>
        cohortId
          ? this.cohorts.enrolments(cohortId, { page: 1, pageSize: LIST_SIZE }).pipe(
              map((page) => page.items.filter((item) => item.status === 'active' || item.status === 'completed')),
              catchError(() => of([] as EnrolmentSummary[])),
            )
          : of([] as EnrolmentSummary[]),
      ),
    ),
    { initialValue: [] as EnrolmentSummary[] },
  );
  private readonly names = computed(
    () => new Map(this.enrolments().map((enrolment) => [enrolment.user.id, enrolment.user.fullName])),
  );
  /** Participants must have completed the course unless a reason says why not. */
  protected readonly completionMatters = computed(() => this.role() === 'peserta');
  /**
   * A whole cohort means its participants who completed the course; a reason lets picked
   * or listed people who have not completed it have one too.
   */
  protected readonly forceApplies = computed(() => this.completionMatters() && this.mode() !== 'cohort');
  protected readonly pickedNotCompleted = computed(
    () => this.enrolments().filter((item) => this.picked().has(item.user.id) && item.status !== 'completed').length,
  );

  constructor() {
    // Coming from a course or cohort page: ?pelatihan=<id>&angkatan=<id>.
    inject(ActivatedRoute)
      .queryParamMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.courseId.set(params.get('pelatihan') ?? '');
        this.cohortId.set(params.get('angkatan') ?? '');
      });
  }

  protected chooseCourse(courseId: string): void {
    this.courseId.set(courseId);
    this.cohortId.set('');
    this.picked.set(new Set());
    this.clear('course');
  }

  protected chooseCohort(cohortId: string): void {
    this.cohortId.set(cohortId);
    this.picked.set(new Set());
    this.clear('cohort');
  }

  /** Speakers, moderators and committee members are named one by one (or by CSV), never a whole cohort. */
  protected chooseRole(role: BatchCertificateRole): void {
    this.role.set(role);
    if (role !== 'peserta' && this.mode() === 'cohort') this.mode.set('picked');
  }

  protected chooseMode(mode: IssueMode): void {
    this.mode.set(mode);
    this.rejected.set(null);
  }

  protected togglePerson(userId: string, checked: boolean): void {
    const next = new Set(this.picked());
    if (checked) next.add(userId);
    else next.delete(userId);
    this.picked.set(next);
    this.clear('people');
  }

  protected pickAll(checked: boolean): void {
    this.picked.set(new Set(checked ? this.enrolments().map((item) => item.user.id) : []));
    this.clear('people');
  }

  protected chooseCsv(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    this.csvFile.set(file);
    this.clear('csv');
    this.clear('csvHeader');
    if (file && file.size > MAX_CSV_BYTES) this.problems.update((set) => new Set([...set, 'csv' as const]));
  }

  protected has(problem: Problem): boolean {
    return this.problems().has(problem);
  }

  /** The server's message for a request field (a 422 of the schema), if it sent one. */
  protected issue(field: string): string | null {
    return this.failure()?.issues[field] ?? null;
  }

  /** The person a rejection is about: a name from the cohort, or the CSV line. */
  protected who(rejection: CertificateBatchRejection): string {
    if (rejection.userId) return this.names().get(rejection.userId) ?? rejection.userId;
    return '';
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.failure.set(null);
    this.rejected.set(null);
    const problems = this.check();
    this.problems.set(problems);
    if (problems.size > 0) {
      this.focusProblem();
      return;
    }
    const fields: CertificateBatchCsvFields = {
      courseId: this.courseId(),
      role: this.role(),
      ...(this.templateId() ? { templateId: this.templateId() } : {}),
      ...(this.forceApplies() && this.force() ? { forceReason: this.forceReason().trim() } : {}),
    };
    this.pending.set(true);
    try {
      const mode = this.mode();
      const csv = this.csvFile();
      let call: Observable<CertificateBatchResult>;
      if (mode === 'csv' && csv) {
        const text = await csv.text();
        if (!hasPersonColumn(text)) {
          this.problems.set(new Set(['csvHeader']));
          this.focusProblem();
          return;
        }
        call = this.batches.createFromCsv(fields, text);
      } else {
        call = this.batches.create(
          // Picked people are of the chosen cohort: its name goes on certificates issued with a reason.
          mode === 'cohort'
            ? { ...fields, cohortId: this.cohortId() }
            : { ...fields, cohortId: this.cohortId(), userIds: [...this.picked()] },
        );
      }
      const result = await firstValueFrom(call);
      if (!result.batch) {
        this.rejected.set(result.rejected);
        return;
      }
      await this.router.navigateByUrl(appLink(APP_PATHS.certificateBatch, { batchId: result.batch.id }));
    } catch (error) {
      const rejected = batchRejectionsOf(error);
      if (rejected) this.rejected.set(rejected);
      else this.failure.set(toApiFailure(error));
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.issue-outcome')?.focus(), {
        injector: this.injector,
      });
    } finally {
      this.pending.set(false);
    }
  }

  private focusProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }

  private check(): Set<Problem> {
    const problems = new Set<Problem>();
    const mode = this.mode();
    if (!this.courseId()) problems.add('course');
    if (mode !== 'csv' && !this.cohortId()) problems.add('cohort');
    if (mode === 'picked' && this.picked().size === 0) problems.add('people');
    const csv = this.csvFile();
    if (mode === 'csv' && (!csv || csv.size > MAX_CSV_BYTES)) problems.add('csv');
    const reason = this.forceReason().trim().length;
    if (this.forceApplies() && this.force() && (reason < REASON_MIN || reason > REASON_MAX)) {
      problems.add('reason');
    }
    return problems;
  }

  private clear(problem: Problem): void {
    if (!this.problems().has(problem)) return;
    const next = new Set(this.problems());
    next.delete(problem);
    this.problems.set(next);
  }
}
