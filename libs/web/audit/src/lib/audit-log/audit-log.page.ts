import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry, type Role } from '@bina-pustaka/shared-contracts';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AuditApi, type AuditFilters } from '@bina-pustaka/web-data-access/audit';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  AlertComponent,
  DataCardDirective,
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  saveBlob,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { detailsLine, type Translate } from './audit-details';

const PAGE_SIZE = 20;

const COLUMNS: readonly DataColumn[] = [
  { key: 'audit.log.columns.time' },
  { key: 'audit.log.columns.actor' },
  { key: 'audit.log.columns.action' },
  { key: 'audit.log.columns.subject' },
  { key: 'audit.log.columns.origin' },
];

/** The filters, with the names the actor and subject filters were picked by (for their chips). */
interface Filters extends AuditFilters {
  actorName?: string;
  subjectName?: string;
}

/**
 * The audit log for admins: who did what that matters for security, newest first, narrowed
 * by action, WIB dates, and (picked from a row) one actor or one subject; downloadable as
 * CSV with the same filters.
 */
@Component({
  selector: 'bp-audit-log-page',
  imports: [
    NgTemplateOutlet,
    TranslocoDirective,
    AlertComponent,
    DataTableComponent,
    DataRowDirective,
    DataCardDirective,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log.page.html',
  styleUrl: './audit-log.page.css',
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly columns = COLUMNS;
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly detailsLine = detailsLine;

  protected readonly filters = signal<Filters>({});
  /** The start date typed so far: the end date cannot be before it. */
  protected readonly fromDate = signal('');
  protected readonly page = signal(1);
  private readonly list = pagedList(
    () => ({ filters: this.filters(), page: this.page() }),
    ({ filters, page }) => this.api.list({ ...apiFilters(filters), page, pageSize: PAGE_SIZE }),
  );
  protected readonly result = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly exporting = signal(false);
  protected readonly exportFailure = signal<ApiFailure | null>(null);

  protected apply(event: Event, action: string, from: string, to: string): void {
    event.preventDefault();
    this.narrow({
      action: (action || undefined) as AuditAction | undefined,
      from: from || undefined,
      to: to || undefined,
    });
  }

  protected onlyActor(entry: AuditEntry): void {
    if (entry.actor) this.narrow({ actorId: entry.actor.id, actorName: entry.actor.name });
  }

  protected onlySubject(entry: AuditEntry): void {
    if (entry.subject.id) {
      this.narrow({
        subjectType: entry.subject.type,
        subjectId: entry.subject.id,
        subjectName: entry.subject.label ?? entry.subject.id,
      });
    }
  }

  protected clearActor(): void {
    this.narrow({ actorId: undefined, actorName: undefined });
  }

  protected clearSubject(): void {
    this.narrow({ subjectType: undefined, subjectId: undefined, subjectName: undefined });
  }

  protected reset(form: HTMLFormElement): void {
    form.reset();
    this.fromDate.set('');
    this.filters.set({});
    this.page.set(1);
  }

  protected rolesOf(roles: readonly Role[], t: Translate): string {
    return roles.map((role) => t('roles.' + role)).join(', ');
  }

  /** A refused filter says which field and why (e.g. an end date before the start). */
  protected issueTexts(failure: ApiFailure): string[] {
    return Object.values(failure.issues);
  }

  protected goTo(page: number): void {
    this.page.set(page);
  }

  protected retry(): void {
    this.list.reload();
  }

  protected async download(): Promise<void> {
    this.exporting.set(true);
    this.exportFailure.set(null);
    try {
      const blob = await firstValueFrom(this.api.csv(apiFilters(this.filters())));
      saveBlob(blob, `log-audit-${wibDatePlusDays(0)}.csv`);
      // The download is itself an entry: show it.
      this.retry();
    } catch (error) {
      this.exportFailure.set(toApiFailure(error));
    } finally {
      this.exporting.set(false);
    }
  }

  private narrow(changes: Partial<Filters>): void {
    this.filters.update((filters) => ({ ...filters, ...changes }));
    this.page.set(1);
  }
}

/** What the api takes: the filters without the chips' names. */
function apiFilters({ action, actorId, subjectType, subjectId, from, to }: Filters): AuditFilters {
  return { action, actorId, subjectType, subjectId, from, to };
}
