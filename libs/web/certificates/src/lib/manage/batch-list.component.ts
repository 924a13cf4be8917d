import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CertificateBatch } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { CertificateBatchesApi } from '@bina-pustaka/web-data-access/certificates';
import {
  DataCardDirective,
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  ProgressBarComponent,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { batchProgress } from '../batch/batch-progress';

const PAGE_SIZE = 10;

const COLUMNS: readonly DataColumn[] = [
  { key: 'certificates.batches.subject' },
  { key: 'fields.role' },
  { key: 'certificates.batches.created' },
  { key: 'certificates.batch.progressTitle' },
];

/** The Penerbitan section: recent bulk issues with their progress. */
@Component({
  selector: 'bp-batch-list',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslocoDirective,
    DataTableComponent,
    DataRowDirective,
    DataCardDirective,
    DateTimePipe,
    ProgressBarComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card section" aria-labelledby="batches-heading" *transloco="let t">
      <div class="section-head">
        <h2 id="batches-heading">{{ t('certificates.certificatesAdmin.sections.penerbitan') }}</h2>
        <a class="btn btn-secondary" [routerLink]="issueLink">{{ t('certificates.certificatesAdmin.issue') }}</a>
      </div>
      <bp-data-table
        [page]="page()"
        [loading]="loading()"
        [failure]="failure()"
        [caption]="t('certificates.certificatesAdmin.sections.penerbitan')"
        [columns]="columns"
        [emptyText]="t('certificates.batches.empty')"
        [paginationLabel]="t('certificates.batches.paginationLabel')"
        (pageChange)="pageNumber.set($event)"
        (retry)="retry()"
      >
        <ng-template bpDataRow let-batch>
          <th scope="row">
            <a [routerLink]="batchLink(batch)">{{ batch.subject.title }}</a>
          </th>
          <td>
            {{ t('certificates.certificateRole.' + batch.role) }}
            @if (batch.cohortName) {
              <span class="person-meta">{{ batch.cohortName }}</span>
            }
          </td>
          <td>
            {{ batch.createdAt | bpDateTime: language() }}
            <span class="person-meta">{{ batch.createdBy }}</span>
          </td>
          <td class="cell-progress">
            <ng-container *ngTemplateOutlet="progressCell; context: { $implicit: batch }" />
          </td>
        </ng-template>
        <ng-template bpDataCard let-batch>
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
          <ng-container *ngTemplateOutlet="progressCell; context: { $implicit: batch }" />
        </ng-template>
      </bp-data-table>
      <ng-template #progressCell let-batch>
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
      </ng-template>
    </section>
  `,
})
export class BatchListComponent {
  private readonly api = inject(CertificateBatchesApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly issueLink = appLink(APP_PATHS.issueCertificates);
  protected readonly progress = batchProgress;
  protected readonly columns = COLUMNS;
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
