import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  type FormArray,
  type FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CERTIFICATE_SAMPLE_SEQUENCE,
  APP_PATHS,
  appLink,
  type CertificateImage,
  type CertificatePlaceholder,
  type CertificateTemplate,
} from '@bina-pustaka/shared-contracts';
import { formatCertificateNumber } from '@bina-pustaka/shared-util';
import { AuthStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  CERTIFICATE_ORIENTATIONS,
  CERTIFICATE_PLACEHOLDERS,
  CERTIFICATE_QR_POSITIONS,
  CertificateTemplatesApi,
  MAX_CERTIFICATE_LOGOS,
  MAX_CERTIFICATE_SIGNATORIES,
} from '@bina-pustaka/web-data-access/certificates';
import { FormFeedback, validationMessage, type ValidationMessage } from '@bina-pustaka/web-identity/forms';
import { AlertComponent, FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';
import { firstValueFrom, map, startWith } from 'rxjs';
import { certificatePreview } from '../preview/certificate-preview';
import { CertificatePreviewComponent } from '../preview/certificate-preview.component';
import type { TemplateTextField as TextField } from '../certificate-keys';
import { CertificateImageUploadComponent } from './image-upload.component';
import {
  type SignatoryValue,
  type TemplateFormValue,
  blankSignatory,
  hexColour,
  insertAt,
  knownPlaceholders,
  newTemplateValue,
  numberPattern,
  sampleValues,
  templateValue,
  toDesign,
} from './template-design';

/** The code the server's preview prints under its QR code. */
const SAMPLE_CODE = '7KQ2M9XD4HPA';

/** A message under a field: the server's sentence, or a translation key of ours. */
type FieldMessage = { text: string } | ValidationMessage;

/**
 * One certificate template: its texts, look, images and signatories, with a live preview
 * drawn from the same layout as the PDF, and the real PDF on request.
 */
@Component({
  selector: 'bp-template-editor-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    CertificatePreviewComponent,
    CertificateImageUploadComponent,
    FailureAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-editor.page.html',
  styleUrl: './template-editor.page.css',
})
export class TemplateEditorPage {
  private readonly api = inject(CertificateTemplatesApi);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly orientations = CERTIFICATE_ORIENTATIONS;
  protected readonly qrPositions = CERTIFICATE_QR_POSITIONS;
  protected readonly placeholders = CERTIFICATE_PLACEHOLDERS;
  protected readonly maxLogos = MAX_CERTIFICATE_LOGOS;
  protected readonly maxSignatories = MAX_CERTIFICATE_SIGNATORIES;
  protected readonly listLink = appLink(APP_PATHS.manageCertificates);

  protected readonly templateId = signal<string | null>(null);
  /** The name as saved (the heading does not follow the field while it is being typed). */
  protected readonly savedName = signal('');
  protected readonly loading = signal(false);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly feedback = new FormFeedback();
  protected readonly saved = signal(false);
  protected readonly previewing = signal(false);
  protected readonly previewFailure = signal<ApiFailure | null>(null);

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(120)]],
    isDefault: [false],
    orientation: [newTemplateValue().orientation],
    titleId: ['', [Validators.required, Validators.maxLength(60), knownPlaceholders]],
    titleEn: ['', [Validators.maxLength(80), knownPlaceholders]],
    bodyId: ['', [Validators.required, Validators.maxLength(600), knownPlaceholders]],
    bodyEn: ['', [Validators.maxLength(600), knownPlaceholders]],
    accentColor: ['', [Validators.required, hexColour]],
    qrPosition: [newTemplateValue().qrPosition],
    numberPattern: ['', [Validators.required, Validators.maxLength(80), numberPattern]],
    signatories: this.fb.array([this.signatoryGroup(blankSignatory())]),
  });
  protected readonly signatories = this.form.controls.signatories;

  /** Images known to this editor (the template's and new uploads), by id. */
  private readonly images = signal<ReadonlyMap<string, CertificateImage>>(new Map());
  protected readonly backgroundImageId = signal<string | null>(null);
  protected readonly logoImageIds = signal<readonly string[]>([]);
  /** The text the placeholder buttons write into: the one last focused. */
  protected readonly activeText = signal<TextField>('bodyId');

  protected readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue() as TemplateFormValue),
    ),
    { requireSync: true },
  );
  private readonly issuer = inject(AuthStore).user()?.institution?.name ?? 'Bina Pustaka';
  protected readonly design = computed(() =>
    toDesign(this.value(), { backgroundImageId: this.backgroundImageId(), logoImageIds: this.logoImageIds() }),
  );
  protected readonly preview = computed(() => {
    const design = this.design();
    const images = this.images();
    return certificatePreview({
      design,
      values: sampleValues(design.numberPattern),
      issuer: this.issuer,
      code: SAMPLE_CODE,
      imageUrl: (id) => images.get(id)?.url ?? null,
    });
  });
  protected readonly numberExample = computed(() => {
    const pattern = this.value().numberPattern.trim();
    return pattern && !this.form.controls.numberPattern.errors
      ? formatCertificateNumber(pattern, CERTIFICATE_SAMPLE_SEQUENCE, new Date())
      : null;
  });

  constructor() {
    // A new template was just saved and opened under its own address.
    if (this.router.currentNavigation()?.extras.state?.['created']) this.saved.set(true);
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('templateId')),
        takeUntilDestroyed(),
      )
      .subscribe((id) => {
        this.templateId.set(id);
        if (id) void this.load(id);
        else this.fill(newTemplateValue(), []);
      });
  }

  protected async load(id = this.templateId()): Promise<void> {
    if (!id) return;
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      const template = await firstValueFrom(this.api.get(id));
      this.fill(templateValue(template), template.images, template);
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  private fill(value: TemplateFormValue, images: CertificateImage[], template?: CertificateTemplate): void {
    this.signatories.clear({ emitEvent: false });
    for (const signatory of value.signatories)
      this.signatories.push(this.signatoryGroup(signatory), { emitEvent: false });
    this.form.reset(value);
    this.savedName.set(template?.name ?? '');
    this.images.set(new Map(images.map((image) => [image.id, image])));
    this.backgroundImageId.set(template?.backgroundImageId ?? null);
    this.logoImageIds.set(template?.logoImageIds ?? []);
  }

  private signatoryGroup(value: SignatoryValue): FormGroup {
    return this.fb.group({
      name: [value.name, [Validators.required, Validators.minLength(3), Validators.maxLength(120)]],
      position: [value.position, [Validators.required, Validators.minLength(2), Validators.maxLength(160)]],
      detail: [value.detail, Validators.maxLength(80)],
      signatureImageId: [value.signatureImageId],
    });
  }

  // Fields and messages -------------------------------------------------------------

  /** The message under a field (path as the api names it, e.g. "signatories.0.name"). */
  protected message(path: string): FieldMessage | null {
    const control = this.form.get(path);
    if (!control) return null;
    const server = this.serverIssue(path, control);
    if (server) return { text: server };
    if (!control.touched || !control.errors) return null;
    const errors = control.errors;
    if (errors['placeholder'])
      return { key: 'certificates.templateEditor.errors.placeholder', params: errors['placeholder'] };
    if (errors['numberToken'])
      return { key: 'certificates.templateEditor.errors.numberToken', params: errors['numberToken'] };
    if (errors['numberUnique']) return { key: 'certificates.templateEditor.errors.numberUnique' };
    if (errors['colour']) return { key: 'certificates.templateEditor.errors.colour' };
    return validationMessage(errors);
  }

  /** The server's message for a part without its own control (images, the signatory list). */
  protected issue(path: string): string | null {
    return this.feedback.failure()?.issues[path] ?? null;
  }

  protected describedBy(id: string, path: string, hint = false): string | null {
    const ids = [hint ? `${id}-hint` : '', this.message(path) ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  private serverIssue(path: string, control: AbstractControl): string | null {
    return control.dirty ? null : (this.feedback.failure()?.issues[path] ?? null);
  }

  // Placeholders ----------------------------------------------------------------------

  protected token(name: CertificatePlaceholder): string {
    return `{{${name}}}`;
  }

  protected focusText(field: TextField): void {
    this.activeText.set(field);
  }

  /** Puts {{name}} at the caret of the text last focused, and goes back to it. */
  protected insertPlaceholder(name: CertificatePlaceholder): void {
    const field = this.activeText();
    const control = this.form.controls[field];
    const element = this.host.nativeElement.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[formcontrolname="${field}"]`,
    );
    const text = control.value;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const result = insertAt(text, start, end, `{{${name}}}`);
    control.setValue(result.text);
    control.markAsDirty();
    element?.focus();
    element?.setSelectionRange(result.caret, result.caret);
  }

  protected pickColour(value: string): void {
    const control = this.form.controls.accentColor;
    control.setValue(value);
    control.markAsDirty();
  }

  // Images ----------------------------------------------------------------------------

  protected image(id: string | null | undefined): CertificateImage | null {
    return id ? (this.images().get(id) ?? null) : null;
  }

  private remember(image: CertificateImage): void {
    this.images.update((images) => new Map(images).set(image.id, image));
    this.saved.set(false);
  }

  protected backgroundUploaded(image: CertificateImage): void {
    this.remember(image);
    this.backgroundImageId.set(image.id);
  }

  protected logoUploaded(image: CertificateImage): void {
    this.remember(image);
    this.logoImageIds.update((ids) => [...ids, image.id].slice(0, MAX_CERTIFICATE_LOGOS));
  }

  protected removeLogo(id: string): void {
    this.logoImageIds.update((ids) => ids.filter((item) => item !== id));
  }

  protected signatureUploaded(index: number, image: CertificateImage): void {
    this.remember(image);
    this.signatories.at(index).get('signatureImageId')?.setValue(image.id);
  }

  protected removeSignature(index: number): void {
    this.signatories.at(index).get('signatureImageId')?.setValue('');
  }

  protected signatureOf(index: number): CertificateImage | null {
    return this.image((this.value().signatories[index] as SignatoryValue | undefined)?.signatureImageId);
  }

  // Signatories -----------------------------------------------------------------------

  protected addSignatory(): void {
    if (this.signatories.length >= MAX_CERTIFICATE_SIGNATORIES) return;
    this.signatories.push(this.signatoryGroup(blankSignatory()));
    const index = this.signatories.length - 1;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#signatory-${index}-name`)?.focus(), {
      injector: this.injector,
    });
  }

  protected removeSignatory(index: number): void {
    if (this.signatories.length <= 1) return;
    this.signatories.removeAt(index);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#signatories-heading')?.focus(), {
      injector: this.injector,
    });
  }

  protected signatoryGroups(): FormGroup[] {
    return (this.signatories as FormArray<FormGroup>).controls;
  }

  // Saving and the PDF preview ---------------------------------------------------------

  protected async save(): Promise<void> {
    this.saved.set(false);
    const design = this.design();
    const value = this.form.getRawValue();
    const body = { ...design, name: value.name.trim(), isDefault: value.isDefault };
    const id = this.templateId();
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const template = await firstValueFrom(id ? this.api.update(id, body) : this.api.create(body));
      this.fill(templateValue(template), [...this.images().values(), ...template.images], template);
      if (!id) {
        await this.router.navigateByUrl(appLink(APP_PATHS.certificateTemplate, { templateId: template.id }), {
          replaceUrl: true,
          state: { created: true },
        });
      }
    });
    if (ok) this.saved.set(true);
  }

  /** The server renders the design with sample data: the PDF exactly as it will print. */
  protected async previewPdf(): Promise<void> {
    this.previewing.set(true);
    this.previewFailure.set(null);
    try {
      const blob = await firstValueFrom(this.api.preview(this.design()));
      saveBlob(blob, 'pratinjau-sertifikat.pdf');
    } catch (error) {
      const failure = toApiFailure(error);
      this.previewFailure.set(failure);
      // Field issues go under their fields, as after saving.
      if (Object.keys(failure.issues).length > 0) {
        this.feedback.failure.set(failure);
        this.form.markAsPristine();
      }
    } finally {
      this.previewing.set(false);
    }
  }
}
