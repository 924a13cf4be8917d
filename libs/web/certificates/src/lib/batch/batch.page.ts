import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CertificateBatch } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CertificateBatchesApi } from '@bina-pustaka/web-data-access/certificates';
import { DateTimePipe, FailureAlertComponent, ProgressBarComponent, saveBlob } from '@bina-pustaka/web-ui';
import { type Subscription, firstValueFrom, map } from 'rxjs';
import { CertificateTableComponent } from '../shared/certificate-table.component';
import { announcementStep, batchProgress, pollBatch } from './batch-progress';

/** One bulk issue: its live progress, retry of the failed ones, the ZIP, and its certificates. */
@Component({
  selector: 'bp-batch-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    DateTimePipe,
    ProgressBarComponent,
    CertificateTableComponent,
    FailureAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batch.page.html',
  styleUrl: './batch.page.css',
})
export class BatchPage {
  private readonly api = inject(CertificateBatchesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageStore).current;
  protected readonly backLink = appLink(APP_PATHS.manageCertificates);
  protected readonly issueLink = appLink(APP_PATHS.issueCertificates);

  private batchId = '';
  protected readonly batch = signal<CertificateBatch | null>(null);
  protected readonly progress = computed(() => {
    const batch = this.batch();
    return batch ? batchProgress(batch) : null;
  });
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly polling = signal(false);
  /** What the polite live region last said: at each quarter and at the end, not every second. */
  protected readonly announcement = signal('');
  private announcedStep: number | null = null;
  /** Bumped when the progress moved on enough to show the list again. */
  protected readonly listRefresh = signal(0);
  protected readonly retrying = signal(false);
  protected readonly zipping = signal(false);
  protected readonly actionFailure = signal<ApiFailure | null>(null);
  private subscription: Subscription | null = null;

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('batchId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((batchId) => {
        this.batchId = batchId;
        this.batch.set(null);
        this.announcedStep = null;
        this.watch();
      });
  }

  /** Asks for the batch every second while anything is pending; stops when done or when the page is left. */
  protected watch(): void {
    this.subscription?.unsubscribe();
    this.failure.set(null);
    this.polling.set(true);
    this.subscription = pollBatch(() => this.api.get(this.batchId))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (batch) => this.show(batch),
        error: (error: unknown) => {
          this.polling.set(false);
          this.failure.set(toApiFailure(error));
        },
        complete: () => this.polling.set(false),
      });
  }

  protected async retryFailed(): Promise<void> {
    this.retrying.set(true);
    this.actionFailure.set(null);
    try {
      this.show(await firstValueFrom(this.api.retry(this.batchId)));
      this.watch();
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
    } finally {
      this.retrying.set(false);
    }
  }

  protected async downloadZip(): Promise<void> {
    this.zipping.set(true);
    this.actionFailure.set(null);
    try {
      const file = await firstValueFrom(this.api.zip(this.batchId));
      saveBlob(file.blob, file.fileName);
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
    } finally {
      this.zipping.set(false);
    }
  }

  private show(batch: CertificateBatch): void {
    const previous = this.batch();
    this.batch.set(batch);
    const step = announcementStep(batch);
    if (step !== this.announcedStep) {
      // The first answer is read with the page; later ones only when they say something new.
      if (this.announcedStep !== null) this.announcement.set(this.summary(batch));
      this.announcedStep = step;
      if (previous) this.listRefresh.update((n) => n + 1);
    }
  }

  protected summary(batch: CertificateBatch): string {
    const progress = batchProgress(batch);
    return this.transloco.translate(
      progress.settled ? 'certificates.batch.summaryDone' : 'certificates.batch.summary',
      {
        processed: progress.processed,
        total: progress.total,
        issued: batch.issued,
        failed: batch.failed,
      },
    );
  }
}
