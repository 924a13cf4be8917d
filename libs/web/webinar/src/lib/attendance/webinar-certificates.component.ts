import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CERTIFICATE_ROLES,
  WEBINAR_STAFF_BY_CERTIFICATE_ROLE,
  APP_PATHS,
  appLink,
  type CertificateRole,
  type CertificateTemplate,
  type WebinarAttendanceLedger,
  type WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CertificateBatchesApi, CertificateTemplatesApi } from '@bina-pustaka/web-data-access/certificates';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT } from '../webinar-keys';

/** The threshold typed, or null when it is not a whole number from 1 to 100. */
export function attendanceThreshold(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const percent = Number(text);
  return percent >= 1 && percent <= 100 ? percent : null;
}

/**
 * "Terbitkan sertifikat" on the attendance ledger, for coordinators and admins who manage the
 * session: once the ledger is final, one batch for the attendees at or above a threshold, or
 * for the session's narasumber, moderators or hosts (panitia). Progress is shown on the
 * batch page the app already has.
 */
@Component({
  selector: 'bp-webinar-certificates',
  imports: [TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webinar-certificates.component.html',
  styles: `
    .certificates {
      margin: 1rem 0 1.25rem;
    }
    .certificates-outcome:empty {
      display: none;
    }
    .certificates-outcome:focus {
      outline: none;
    }
  `,
})
export class WebinarCertificatesComponent {
  private readonly batches = inject(CertificateBatchesApi);
  private readonly templatesApi = inject(CertificateTemplatesApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly session = input.required<WebinarSession>();
  readonly ledger = input.required<WebinarAttendanceLedger>();

  protected readonly roles = CERTIFICATE_ROLES;
  protected readonly open = signal(false);
  protected readonly role = signal<CertificateRole>('peserta');
  /** As typed, so a wrong value stays in the field to be corrected. */
  protected readonly percentText = signal(String(DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT));
  protected readonly percentTouched = signal(false);
  protected readonly templateId = signal('');
  protected readonly templates = signal<CertificateTemplate[]>([]);
  /** The template used when none is chosen: the course's, else the default one. */
  private readonly effectiveTemplateId = signal<string | null>(null);
  private templatesLoaded = false;

  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  protected readonly threshold = computed(() => attendanceThreshold(this.percentText()));
  protected readonly percentInvalid = computed(() => this.role() === 'peserta' && this.threshold() === null);
  protected readonly showPercentError = computed(() => this.percentTouched() && this.percentInvalid());

  /** Attendees (not staff) in the ledger, and those at or above the threshold now. */
  protected readonly attendees = computed(() => this.ledger().rows.filter((row) => row.role === 'attendee'));
  protected readonly qualifying = computed(() => {
    const threshold = this.threshold();
    return threshold === null ? null : this.attendees().filter((row) => row.percent >= threshold).length;
  });
  /** How many of the session's staff hold the chosen role (narasumber, moderator, panitia). */
  protected readonly staffCount = computed(() => {
    const role = this.role();
    return role === 'peserta'
      ? 0
      : this.session().staff.filter((member) => member.role === WEBINAR_STAFF_BY_CERTIFICATE_ROLE[role]).length;
  });
  protected readonly defaultTemplate = computed(() => {
    const id = this.effectiveTemplateId();
    return this.templates().find((template) => (id ? template.id === id : template.isDefault)) ?? null;
  });

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    if (!opening) return;
    void this.loadTemplates();
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('input[name="certificate-role"]:checked')?.focus(),
      {
        injector: this.injector,
      },
    );
  }

  protected chooseRole(role: CertificateRole): void {
    this.role.set(role);
    this.failure.set(null);
  }

  /** The server's message for a request field (a 422 of the schema), if it sent one. */
  protected issue(field: string): string | null {
    return this.failure()?.issues[field] ?? null;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.failure.set(null);
    this.percentTouched.set(true);
    const threshold = this.threshold();
    const role = this.role();
    if (role === 'peserta' && threshold === null) {
      this.focus('#certificate-percent');
      return;
    }
    this.pending.set(true);
    try {
      const result = await firstValueFrom(
        this.batches.createForWebinar({
          sessionId: this.session().id,
          role,
          minAttendancePercent:
            role === 'peserta' && threshold !== null ? threshold : DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT,
          ...(this.templateId() ? { templateId: this.templateId() } : {}),
        }),
      );
      if (!result.batch) {
        this.failure.set({ status: 422, code: 'unexpected', message: null, issues: {} });
        return;
      }
      await this.router.navigateByUrl(appLink(APP_PATHS.certificateBatch, { batchId: result.batch.id }));
    } catch (error) {
      this.failure.set(toApiFailure(error));
      this.focus('.certificates-outcome');
    } finally {
      this.pending.set(false);
    }
  }

  /** Templates to choose from (coordinators and admins may list them); without them, the standard one. */
  private async loadTemplates(): Promise<void> {
    if (this.templatesLoaded) return;
    this.templatesLoaded = true;
    const courseId = this.session().courseId;
    try {
      const [templates, course] = await Promise.all([
        firstValueFrom(this.templatesApi.list()),
        courseId ? firstValueFrom(this.templatesApi.courseTemplate(courseId)) : Promise.resolve(null),
      ]);
      this.templates.set(templates);
      this.effectiveTemplateId.set(course?.effectiveTemplateId ?? null);
    } catch {
      // The server picks the course's or the default template when none is sent.
      this.templatesLoaded = false;
    }
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
