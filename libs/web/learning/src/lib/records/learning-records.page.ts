import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { LearnerSummary, LearningRecord } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { LearningRecordsApi, type RecordFormat } from '@bina-pustaka/web-data-access/learning';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  FailureAlertComponent,
  saveBlob,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

const PAGE_SIZE = 20;

const COLUMNS: readonly DataColumn[] = [
  { key: 'learning.records.columns.name' },
  { key: 'learning.records.columns.nip' },
  { key: 'learning.records.columns.institution' },
  { key: 'learning.records.columns.jpThisYear', class: 'cell-number' },
  { key: 'learning.records.columns.actions', visuallyHidden: true },
];

/**
 * Rekam jejak pembelajaran, for coordinators and admins: find a librarian by name, email or
 * NIP (the api shows a coordinator only their institution's people where they are kept
 * apart), read their record (activities, JP by year, certificates) and download it as CSV
 * or XLSX for the civil-service training record.
 */
@Component({
  selector: 'bp-learning-records-page',
  imports: [TranslocoDirective, DataTableComponent, DataRowDirective, DateTimePipe, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './learning-records.page.html',
  styleUrl: './learning-records.page.css',
})
export class LearningRecordsPage {
  private readonly api = inject(LearningRecordsApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly columns = COLUMNS;
  protected readonly identify = (learner: LearnerSummary) => learner.userId;

  protected readonly query = signal('');
  protected readonly page = signal(1);
  private readonly list = pagedList(
    () => ({ q: this.query(), page: this.page() }),
    (request) => this.api.learners({ ...request, pageSize: PAGE_SIZE }),
  );
  protected readonly result = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected readonly record = signal<LearningRecord | null>(null);
  protected readonly recordLoading = signal(false);
  protected readonly recordFailure = signal<ApiFailure | null>(null);
  protected readonly exporting = signal<RecordFormat | null>(null);
  protected readonly exportFailure = signal<ApiFailure | null>(null);

  protected search(event: Event, text: string): void {
    event.preventDefault();
    this.query.set(text.trim());
    this.page.set(1);
  }

  protected goTo(page: number): void {
    this.page.set(page);
  }

  protected retry(): void {
    this.list.reload();
  }

  protected async open(learner: LearnerSummary): Promise<void> {
    this.recordLoading.set(true);
    this.recordFailure.set(null);
    this.exportFailure.set(null);
    try {
      this.record.set(await firstValueFrom(this.api.record(learner.userId)));
    } catch (error) {
      this.record.set(null);
      this.recordFailure.set(toApiFailure(error));
    } finally {
      this.recordLoading.set(false);
    }
  }

  protected async download(record: LearningRecord, format: RecordFormat): Promise<void> {
    this.exporting.set(format);
    this.exportFailure.set(null);
    try {
      const file = await firstValueFrom(this.api.download(record.person.userId, format));
      saveBlob(file.blob, file.fileName);
    } catch (error) {
      this.exportFailure.set(toApiFailure(error));
    } finally {
      this.exporting.set(null);
    }
  }
}
