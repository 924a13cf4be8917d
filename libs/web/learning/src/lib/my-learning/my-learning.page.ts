import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type Certificate,
  type JpLedger,
  type JpLedgerEntry,
  type MyLearning,
} from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { certificateAnchor } from '@bina-pustaka/web-certificates';
import { CertificatesApi } from '@bina-pustaka/web-data-access/certificates';
import { LearnerApi } from '@bina-pustaka/web-data-access/learning';
import {
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  FailureAlertComponent,
  ProgressBarComponent,
  saveBlob,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { EMPTY, catchError, finalize, firstValueFrom, of, switchMap, tap } from 'rxjs';

/** How many years back the ledger can be read here. */
const YEARS_SHOWN = 5;

const LEDGER_PAGE_SIZE = 20;

const LEDGER_COLUMNS: readonly DataColumn[] = [
  { key: 'learning.ledger.activity' },
  { key: 'learning.ledger.date' },
  { key: 'learning.ledger.jp', class: 'cell-number' },
];

/** Pembelajaran saya: my courses and my JP toward the yearly target. */
@Component({
  selector: 'bp-my-learning-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    DataTableComponent,
    DataRowDirective,
    DateTimePipe,
    ProgressBarComponent,
    FailureAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-learning.page.html',
  styleUrl: './my-learning.page.css',
})
export class MyLearningPage {
  private readonly api = inject(LearnerApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly catalogLink = appLink(APP_PATHS.catalog);
  protected readonly myCertificatesLink = appLink(APP_PATHS.myCertificates);
  private readonly thisYear = new Date().getFullYear();
  protected readonly years = Array.from({ length: YEARS_SHOWN }, (_, index) => this.thisYear - index);

  protected readonly learning = signal<MyLearning | null>(null);
  protected readonly learningFailure = signal<ApiFailure | null>(null);
  protected readonly year = signal(this.thisYear);
  private readonly ledgerReloads = signal(0);
  protected readonly ledger = signal<JpLedger | null>(null);
  protected readonly ledgerLoading = signal(true);
  protected readonly ledgerFailure = signal<ApiFailure | null>(null);
  protected readonly ledgerColumns = LEDGER_COLUMNS;
  protected readonly ledgerPageSize = LEDGER_PAGE_SIZE;
  protected readonly exporting = signal<'ledger' | 'transcript' | null>(null);
  protected readonly exportFailure = signal<ApiFailure | null>(null);
  /** My live certificates by course, to link ledger rows to them (the ledger still works without). */
  private readonly certificates = toSignal(
    inject(CertificatesApi)
      .mine()
      .pipe(catchError(() => of([] as Certificate[]))),
    { initialValue: [] as Certificate[] },
  );
  private readonly certificateBySubject = computed(() => {
    const bySubject = new Map<string, Certificate>();
    for (const certificate of this.certificates()) {
      if (certificate.status === 'superseded') continue;
      const known = bySubject.get(certificate.subject.id);
      // One per course: the issued one wins over a pending, failed or revoked one.
      if (!known || (known.status !== 'issued' && certificate.status === 'issued')) {
        bySubject.set(certificate.subject.id, certificate);
      }
    }
    return bySubject;
  });
  protected readonly remaining = computed(() => {
    const ledger = this.ledger();
    return ledger ? Math.max(0, ledger.target - ledger.earned) : 0;
  });

  constructor() {
    void this.loadLearning();
    toObservable(computed(() => ({ year: this.year(), reload: this.ledgerReloads() })))
      .pipe(
        tap(() => this.ledgerLoading.set(true)),
        switchMap(({ year }) =>
          this.api.jpLedger(year).pipe(
            catchError((error: unknown) => {
              this.ledgerFailure.set(toApiFailure(error));
              return EMPTY;
            }),
            finalize(() => this.ledgerLoading.set(false)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((ledger) => {
        this.ledgerFailure.set(null);
        this.ledger.set(ledger);
      });
  }

  protected async loadLearning(): Promise<void> {
    this.learningFailure.set(null);
    try {
      this.learning.set(await firstValueFrom(this.api.myLearning()));
    } catch (error) {
      this.learningFailure.set(toApiFailure(error));
    }
  }

  protected playerLink(courseId: string): string {
    return appLink(APP_PATHS.player, { courseId });
  }

  protected courseLink(courseId: string): string {
    return appLink(APP_PATHS.catalogCourse, { courseId });
  }

  /** The certificate of a ledger row's course, if I have one. */
  protected certificateOf(entry: JpLedgerEntry): Certificate | null {
    return entry.source === 'course' ? (this.certificateBySubject().get(entry.sourceId) ?? null) : null;
  }

  protected certificateFragment(certificate: Certificate): string {
    return certificateAnchor(certificate.id);
  }

  protected chooseYear(value: string): void {
    this.year.set(Number(value));
  }

  protected reloadLedger(): void {
    this.ledgerReloads.update((n) => n + 1);
  }

  /** The year's ledger as CSV, or the transcript of every year as PDF. */
  protected async download(what: 'ledger' | 'transcript'): Promise<void> {
    this.exporting.set(what);
    this.exportFailure.set(null);
    try {
      const file = await firstValueFrom(what === 'ledger' ? this.api.exportLedger(this.year()) : this.api.transcript());
      saveBlob(file.blob, file.fileName);
    } catch (error) {
      this.exportFailure.set(toApiFailure(error));
    } finally {
      this.exporting.set(null);
    }
  }
}
