import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortSummary, EnrolmentReport } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { UserAdminApi } from '@bina-pustaka/web-data-access/users';
import { CohortsApi, enrolmentReportOf } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { PickerComponent, type PickerOption } from '../shared/picker.component';
import { ENROLMENT_CSV_FILE_NAME, enrolmentCsvTemplateBlob, hasEmailHeader } from './csv-template';

type Source = 'picked' | 'csv';

/** CSV files bigger than this are surely not an enrolment list. */
const MAX_CSV_BYTES = 2 * 1024 * 1024;

/**
 * Enrolling people into a cohort: by picking learners, or by a CSV file. Either every row
 * is enrolled or none is; a refusal comes back with the reason for each rejected row.
 */
@Component({
  selector: 'bp-enrol-panel',
  imports: [TranslocoDirective, AlertComponent, FailureAlertComponent, PickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './enrol-panel.component.html',
})
export class EnrolPanelComponent {
  readonly cohort = input.required<CohortSummary>();
  readonly enrolled = output<void>();
  private readonly api = inject(CohortsApi);
  private readonly users = inject(UserAdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly picked = signal<PickerOption[]>([]);
  protected readonly csvFile = signal<File | null>(null);
  protected readonly csvProblem = signal<string | null>(null);
  protected readonly pending = signal<Source | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly report = signal<{ source: Source; report: EnrolmentReport } | null>(null);
  protected readonly rejectedRows = computed(
    () => this.report()?.report.rows.filter((row) => row.status !== 'enrolled') ?? [],
  );

  protected readonly searchLearners = (q: string): Observable<PickerOption[]> =>
    this.users
      .listUsers({ q: q || undefined, role: 'learner', status: 'active', page: 1, pageSize: 20 })
      .pipe(map((page) => page.items.map((user) => ({ id: user.id, label: user.fullName, detail: user.email }))));

  protected downloadTemplate(): void {
    saveBlob(enrolmentCsvTemplateBlob(), ENROLMENT_CSV_FILE_NAME);
  }

  protected chooseCsv(picker: HTMLInputElement): void {
    const file = picker.files?.[0] ?? null;
    this.csvFile.set(file);
    this.csvProblem.set(null);
    this.report.set(null);
    if (file && file.size > MAX_CSV_BYTES) this.csvProblem.set('learning.enrol.csvTooLarge');
  }

  protected async enrolPicked(): Promise<void> {
    const ids = this.picked().map((item) => item.id);
    if (!ids.length) return;
    const ok = await this.run('picked', this.api.enrolUsers(this.cohort().id, ids));
    if (ok) this.picked.set([]);
  }

  protected async enrolCsv(picker: HTMLInputElement): Promise<void> {
    const file = this.csvFile();
    if (!file) {
      this.csvProblem.set('learning.enrol.csvChoose');
      picker.focus();
      return;
    }
    const text = await file.text();
    if (!hasEmailHeader(text)) {
      this.csvProblem.set('learning.enrol.csvNoHeader');
      picker.focus();
      return;
    }
    const ok = await this.run('csv', this.api.importCsv(this.cohort().id, text));
    if (ok) {
      picker.value = '';
      this.csvFile.set(null);
    }
  }

  private async run(source: Source, call: Observable<EnrolmentReport>): Promise<boolean> {
    this.pending.set(source);
    this.failure.set(null);
    this.report.set(null);
    this.csvProblem.set(null);
    try {
      const report = await firstValueFrom(call);
      this.report.set({ source, report });
      this.enrolled.emit();
      return true;
    } catch (error) {
      const report = enrolmentReportOf(error);
      if (report) this.report.set({ source, report });
      else this.failure.set(toApiFailure(error));
      return false;
    } finally {
      this.pending.set(null);
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.enrol-outcome')?.focus(), {
        injector: this.injector,
      });
    }
  }
}
