import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  Certificate,
  CertificateFailure,
  CertificateStatus,
  CertificateTemplate,
} from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  CERTIFICATE_STATUSES,
  CertificateTemplatesApi,
  CertificatesApi,
  type CertificateListQuery,
} from '@bina-pustaka/web-data-access/certificates';
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
import { firstValueFrom } from 'rxjs';
import type { CertificateDialogAction } from '../certificate-keys';
import { CertificateStatusComponent } from './certificate-status.component';

const PAGE_SIZE = 20;

const COLUMNS: readonly DataColumn[] = [
  { key: 'certificates.certificates.holder' },
  { key: 'certificates.certificates.number' },
  { key: 'fields.status' },
  { key: 'certificates.certificates.awardedAt' },
  { key: 'common.actions', visuallyHidden: true },
];
/** Same bounds as the api's reason (revokeCertificateRequestSchema). */
export const REASON_MIN = 5;
export const REASON_MAX = 500;

/** What a coordinator reads for a certificate that could not be made (the raw error stays in the worker's log). */
const FAILURE_KEYS: Record<CertificateFailure, string> = {
  imageUnreadable: 'certificates.certificateList.failure.imageUnreadable',
  renderTimeout: 'certificates.certificateList.failure.renderTimeout',
  renderError: 'certificates.certificateList.failure.renderError',
};

let nextId = 0;

/**
 * The certificates of a course or of a batch: search, status filter, download, and the
 * coordinator's revoke and reissue (each asks for a reason in a dialog).
 */
@Component({
  selector: 'bp-certificate-table',
  imports: [
    NgTemplateOutlet,
    TranslocoDirective,
    AlertComponent,
    DateTimePipe,
    DialogComponent,
    DataTableComponent,
    DataRowDirective,
    DataCardDirective,
    CertificateStatusComponent,
    FailureAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './certificate-table.component.html',
  styles: `
    .certificate-number,
    .certificate-date {
      white-space: nowrap;
    }
  `,
})
export class CertificateTableComponent {
  readonly courseId = input<string | null>(null);
  readonly batchId = input<string | null>(null);
  /** Names the list, e.g. "Sertifikat angkatan ini". */
  readonly label = input.required<string>();
  /** Bump to load the list again (e.g. when a batch's progress moved on). */
  readonly refresh = input(0);
  /** A certificate was revoked or reissued. */
  readonly changed = output<void>();
  private readonly api = inject(CertificatesApi);
  private readonly templatesApi = inject(CertificateTemplatesApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly columns = COLUMNS;
  protected readonly statuses = CERTIFICATE_STATUSES;
  /** The words for why a certificate could not be made (the template's context is untyped). */
  protected failureKey(reason: CertificateFailure): string {
    return FAILURE_KEYS[reason];
  }
  protected readonly reasonMax = REASON_MAX;
  protected readonly idPrefix = `bp-certificates-${++nextId}`;

  protected readonly filter = signal<{ q?: string; status?: CertificateStatus; page: number }>({ page: 1 });
  private readonly list = pagedList(
    () => ({
      query: {
        courseId: this.courseId() ?? undefined,
        batchId: this.batchId() ?? undefined,
        ...this.filter(),
        pageSize: PAGE_SIZE,
      } satisfies CertificateListQuery,
      refresh: this.refresh(),
    }),
    ({ query }) => this.api.list(query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly notice = signal<{ key: string; name: string } | null>(null);

  protected readonly selected = signal<Certificate | null>(null);
  protected readonly action = signal<CertificateDialogAction>('revoke');
  protected readonly reason = signal('');
  protected readonly reasonTouched = signal(false);
  protected readonly reasonProblem = computed(() => {
    const length = this.reason().trim().length;
    if (length === 0) return { key: 'validation.required' };
    if (length < REASON_MIN) return { key: 'validation.minLength', params: { min: REASON_MIN } };
    return null;
  });
  protected readonly templates = signal<CertificateTemplate[]>([]);
  protected readonly reissueTemplate = signal('');
  protected readonly dialogFailure = signal<ApiFailure | null>(null);
  protected readonly dialogPending = signal(false);
  private readonly dialog = viewChild.required<DialogComponent>('dialog');

  protected search(event: Event, q: string, status: string): void {
    event.preventDefault();
    this.filter.set({
      q: q.trim() || undefined,
      status: (status || undefined) as CertificateStatus | undefined,
      page: 1,
    });
  }

  protected goTo(page: number): void {
    this.filter.update((filter) => ({ ...filter, page }));
  }

  protected retry(): void {
    this.list.reload();
  }

  protected canRevoke(certificate: Certificate): boolean {
    return certificate.status === 'issued';
  }

  protected canReissue(certificate: Certificate): boolean {
    return certificate.status === 'issued' || certificate.status === 'revoked';
  }

  protected open(certificate: Certificate, action: CertificateDialogAction): void {
    this.selected.set(certificate);
    this.action.set(action);
    this.reason.set('');
    this.reasonTouched.set(false);
    this.reissueTemplate.set('');
    this.dialogFailure.set(null);
    this.dialog().open();
    if (action === 'reissue' && this.templates().length === 0) {
      this.templatesApi.list().subscribe({ next: (list) => this.templates.set(list), error: () => undefined });
    }
  }

  protected async confirm(reasonInput: HTMLTextAreaElement): Promise<void> {
    const certificate = this.selected();
    if (!certificate) return;
    this.reasonTouched.set(true);
    if (this.reasonProblem()) {
      reasonInput.focus();
      return;
    }
    const reason = this.reason().trim();
    this.dialogPending.set(true);
    this.dialogFailure.set(null);
    try {
      if (this.action() === 'revoke') {
        await firstValueFrom(this.api.revoke(certificate.id, reason));
        this.notice.set({ key: 'certificates.certificateList.revoked', name: certificate.holder.fullName });
      } else {
        const templateId = this.reissueTemplate() || undefined;
        await firstValueFrom(this.api.reissue(certificate.id, { reason, ...(templateId ? { templateId } : {}) }));
        this.notice.set({ key: 'certificates.certificateList.reissued', name: certificate.holder.fullName });
      }
      this.dialog().close();
      this.list.reload();
      this.changed.emit();
    } catch (error) {
      this.dialogFailure.set(toApiFailure(error));
    } finally {
      this.dialogPending.set(false);
    }
  }
}
