import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { INSTITUTION_KINDS, type Institution, type InstitutionKind } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { formatBytes } from '@bina-pustaka/web-data-access/learning';
import { INSTITUTION_LOGO_LIMIT, InstitutionsApi, type InstitutionBody } from '@bina-pustaka/web-data-access/users';
import { AlertComponent, UploadFieldComponent, type UploadEvent } from '@bina-pustaka/web-ui';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';
import { httpUrl, indonesianPhone } from '../forms/validators';

/** The api names a contact's fields `contact.email`; the form keeps them flat. */
const CONTACT_FIELDS: Record<string, string> = {
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
};

const orNull = (value: string): string | null => value.trim() || null;

/**
 * Adds or changes one library or partner organisation. Its logo is uploaded once the
 * organisation exists (a new one is saved first, then the form stays open for the logo).
 */
@Component({
  selector: 'bp-partner-form',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertComponent, UploadFieldComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-form.component.html',
  styleUrl: './partners.css',
})
export class PartnerFormComponent {
  /** The organisation to change; null to add a new one. */
  readonly institution = input.required<Institution | null>();
  readonly saved = output<Institution>();
  readonly closed = output<void>();
  private readonly api = inject(InstitutionsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly language = inject(LanguageStore).current;

  protected readonly kinds = INSTITUTION_KINDS;
  protected readonly logoLimit = INSTITUTION_LOGO_LIMIT;
  protected readonly feedback = new FormFeedback();
  protected readonly logoFailure = signal<ApiFailure | null>(null);
  protected readonly logoBusy = signal(false);
  protected readonly isNew = computed(() => this.institution() === null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
    kind: ['university' as InstitutionKind, Validators.required],
    city: ['', Validators.maxLength(80)],
    website: ['', [httpUrl, Validators.maxLength(300)]],
    description: ['', Validators.maxLength(500)],
    contactName: ['', Validators.maxLength(120)],
    contactEmail: ['', [Validators.email, Validators.maxLength(254)]],
    contactPhone: ['', indonesianPhone],
  });

  protected readonly failureOf = toApiFailure;
  protected readonly size = (bytes: number): string => formatBytes(bytes, this.language());
  protected readonly uploadLogo = (file: File): Observable<UploadEvent<Institution>> =>
    this.api.uploadLogo(this.institution()?.id ?? '', file).pipe(map((result) => ({ state: 'done' as const, result })));

  /** The form is filled when another organisation is opened, not when this one's logo changes. */
  private readonly institutionId = computed(() => this.institution()?.id ?? null);

  constructor() {
    effect(() => {
      this.institutionId();
      const institution = untracked(this.institution);
      this.form.reset({
        name: institution?.name ?? '',
        kind: institution?.kind ?? 'university',
        city: institution?.city ?? '',
        website: institution?.website ?? '',
        description: institution?.description ?? '',
        contactName: institution?.contact.name ?? '',
        contactEmail: institution?.contact.email ?? '',
        contactPhone: institution?.contact.phone ?? '',
      });
    });
  }

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    const body: InstitutionBody = {
      name: value.name.trim(),
      kind: value.kind,
      city: orNull(value.city),
      website: orNull(value.website),
      description: orNull(value.description),
      contact: {
        name: orNull(value.contactName),
        email: orNull(value.contactEmail),
        phone: orNull(value.contactPhone),
      },
    };
    const existing = this.institution();
    await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const saved = await firstValueFrom(existing ? this.api.update(existing.id, body) : this.api.create(body));
      this.feedback.success.set(saved.name);
      this.saved.emit(saved);
    });
    this.showContactIssuesUnderTheirFields();
  }

  protected async removeLogo(): Promise<void> {
    const existing = this.institution();
    if (!existing) return;
    this.logoBusy.set(true);
    this.logoFailure.set(null);
    try {
      this.saved.emit(await firstValueFrom(this.api.removeLogo(existing.id)));
    } catch (error) {
      this.logoFailure.set(toApiFailure(error));
    } finally {
      this.logoBusy.set(false);
    }
  }

  private showContactIssuesUnderTheirFields(): void {
    const failure = this.feedback.failure();
    if (!failure) return;
    const issues = Object.fromEntries(
      Object.entries(failure.issues).map(([field, message]) => [CONTACT_FIELDS[field] ?? field, message]),
    );
    this.feedback.failure.set({ ...failure, issues });
  }
}
