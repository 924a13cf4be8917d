import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CertificateBatch } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { CertificateBatchesApi } from '@bina-pustaka/web-data-access/certificates';
import { DateTimePipe, FailureAlertComponent, PaginationComponent, ProgressBarComponent } from '@bina-pustaka/web-ui';
import { batchProgress } from '../batch/batch-progress';

const PAGE_SIZE = 10;

/** The Penerbitan section: recent bulk issues with their progress. */
@Component({
  selector: 'bp-batch-list',
  imports: [
    RouterLink,
    TranslocoDirective,
    DateTimePipe,
    PaginationComponent,
    ProgressBarComponent,
    FailureAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card section" aria-labelledby="batches-heading" *transloco="let t">
      <div class="section-head">
        <h2 id="batches-heading">{{ t('certificates.certificatesAdmin.sections.penerbitan') }}</h2>
        <a class="btn btn-secondary" [routerLink]="issueLink">{{ t('certificates.certificatesAdmin.issue') }}</a>
      </div>
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" [retryable]="true" (retry)="retry()" />
      }
      <div class="list-region" [attr.aria-busy]="loading()">
        @if (page(); as result) {
          @if (result.items.length === 0) {
            <p class="empty">{{ t('certificates.batches.empty') }}</p>
          } @else {
            <ul class="card-list">
              @for (batch of result.items; track batch.id) {
                <li class="list-card subcard">
                  <h3>
                    <a [routerLink]="batchLink(batch)">{{ batch.subject.title }}</a>
                  </h3>
                  <p class="muted person-meta">
                    {{ t('certificates.certificateRole.' + batch.role) }}
                    @if (batch.cohortName) {
                      · {{ batch.cohortName }}
                    }
                    · {{ batch.createdAt | bpDateTime: language() }} · {{ batch.createdBy }}
                  </p>
                  <bp-progress-bar
                    [label]="t('certificates.batches.progressOf', { title: batch.subject.title })"
                    [value]="progress(batch).processed"
                    [max]="batch.total || 1"
                  />
                  <p class="person-meta">
                    {{
                      t('certificates.batches.counts', {
                        issued: batch.issued,
                        failed: batch.failed,
                        pending: batch.pending,
                      })
                    }}
                  </p>
                </li>
              }
            </ul>
          }
          @if (result.total > result.pageSize) {
            <bp-pagination
              [label]="t('certificates.batches.paginationLabel')"
              [page]="result.page"
              [pageSize]="result.pageSize"
              [total]="result.total"
              (pageChange)="pageNumber.set($event)"
            />
          }
        } @else if (loading()) {
          <p class="muted" role="status">{{ t('common.loading') }}</p>
        }
      </div>
    </section>
  `,
})
export class BatchListComponent {
  private readonly api = inject(CertificateBatchesApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly issueLink = appLink(APP_PATHS.issueCertificates);
  protected readonly progress = batchProgress;
  protected readonly pageNumber = signal(1);
  private readonly list = pagedList(
    () => ({ page: this.pageNumber() }),
    ({ page }) => this.api.list({ page, pageSize: PAGE_SIZE }),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected batchLink(batch: CertificateBatch): string {
    return appLink(APP_PATHS.certificateBatch, { batchId: batch.id });
  }

  protected retry(): void {
    this.list.reload();
  }
}
