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
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CERTIFICATE_ROLES,
  WEBINAR_STAFF_BY_CERTIFICATE_ROLE,
  APP_PATHS,
  appLink,
  type CertificateBatchResult,
  type BatchCertificateRole,
  type CertificateTemplate,
  type WebinarAttendanceLedger,
  type WebinarSession,
} from '@bina-pustaka/shared-contracts';
import {
  CertificateBatchesApi,
  CertificateTemplatesApi,
  batchRejectionsOf,
  rejectionsByReason,
} from '@bina-pustaka/web-data-access/certificates';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom, map } from 'rxjs';
import { DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT } from '../webinar-keys';

/**
 * "Terbitkan sertifikat" on the attendance ledger, for coordinators and admins who manage the
 * session: once the ledger is final, one batch for the attendees at or above a threshold, or
 * for the session's narasumber, moderators or hosts (panitia). Progress is shown on the
 * batch page the app already has.
 */
@Component({
  selector: 'bp-webinar-certificates',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertComponent, FailureAlertComponent, FORM_FIELD],
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
    .certificates-outcome p,
    .certificates-outcome ul {
      margin: 0 0 0.35rem;
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
  protected readonly templates = signal<CertificateTemplate[]>([]);
  /** The template used when none is chosen: the course's, else the default one. */
  private readonly effectiveTemplateId = signal<string | null>(null);
  private templatesLoaded = false;

  protected readonly feedback = new FormFeedback();
  /** Why nobody eligible was given a certificate (e.g. the required evaluation not answered), per reason. */
  protected readonly refused = signal<{ reason: string; count: number }[] | null>(null);
  /** Named as the request's fields, so the server's issues land under theirs. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    role: ['peserta' as BatchCertificateRole],
    // A whole percentage of the scheduled length (the api's webinarCertificateBatchSchema).
    minAttendancePercent: [
      DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT as number | null,
      [Validators.required, Validators.min(1), Validators.max(100), Validators.pattern(/^\d+$/)],
    ],
    templateId: [''],
  });
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly role = computed(() => this.value().role);
  /** The threshold typed, or null while it is not a whole number from 1 to 100 (or not asked for). */
  protected readonly threshold = computed(() => {
    // Read on every change of the form, when the control's validity is already up to date.
    const { minAttendancePercent } = this.value();
    return this.form.controls.minAttendancePercent.valid ? minAttendancePercent : null;
  });

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

  constructor() {
    // Only participants' certificates have a threshold; a staff role's batch is checked without it.
    this.form.controls.role.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => {
      const percent = this.form.controls.minAttendancePercent;
      if (role === 'peserta') percent.enable({ emitEvent: false });
      else percent.disable({ emitEvent: false });
      this.feedback.failure.set(null);
      this.refused.set(null);
    });
  }

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    if (!opening) return;
    void this.loadTemplates();
    this.focus('input[name="role"]:checked');
  }

  protected async submit(): Promise<void> {
    const { role, minAttendancePercent, templateId } = this.form.getRawValue();
    this.refused.set(null);
    await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const call = this.batches.createForWebinar({
        sessionId: this.session().id,
        role,
        minAttendancePercent:
          role === 'peserta' ? Number(minAttendancePercent) : DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT,
        ...(templateId ? { templateId } : {}),
      });
      let result: CertificateBatchResult;
      try {
        result = await firstValueFrom(call);
      } catch (error) {
        // Everyone eligible held back: a 422 with `batch: null` and who was refused why.
        const rejected = batchRejectionsOf(error);
        if (!rejected) throw error;
        result = { batch: null, rejected };
      }
      if (!result.batch) {
        this.refused.set(rejectionsByReason(result.rejected));
        return;
      }
      await this.router.navigateByUrl(appLink(APP_PATHS.certificateBatch, { batchId: result.batch.id }));
    });
    if (this.feedback.failure() || this.refused()) this.focus('.certificates-outcome');
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
