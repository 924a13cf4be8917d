import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CertificateImage, CertificateImageKind } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CERTIFICATE_IMAGE_LIMITS, CertificateTemplatesApi } from '@bina-pustaka/web-data-access/certificates';
import { formatBytes } from '@bina-pustaka/web-data-access/learning';
import type { Subscription } from 'rxjs';

let nextId = 0;

/**
 * Choose an image for a template (background, logo, signature) and upload it. The size is
 * checked here first; the api checks type and size again by content. Label it with
 * `<label [for]="inputId">`.
 */
@Component({
  selector: 'bp-certificate-image-upload',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="image-upload" *transloco="let t">
      <input
        #picker
        type="file"
        [id]="inputId()"
        [accept]="limit().accept"
        [disabled]="busy() || disabled()"
        [attr.aria-describedby]="hintId + ' ' + statusId"
        [attr.aria-invalid]="error() || tooLarge() ? true : null"
        (change)="choose(picker)"
      />
      <p class="hint" [id]="hintId">
        {{ t('certificates.upload.hint', { kinds: limit().kinds, max: size(limit().maxBytes) }) }}
      </p>
      <div [id]="statusId" aria-live="polite">
        @if (busy()) {
          <p class="muted">{{ t('certificates.imageUpload.uploading', { name: fileName() }) }}</p>
        } @else if (error(); as failure) {
          <p class="field-error" role="alert">
            {{ failure.message ?? t(failure.code === 'network' ? 'errors.network' : 'errors.unexpected') }}
          </p>
        } @else if (tooLarge()) {
          <p class="field-error" role="alert">
            {{ t('certificates.upload.tooLarge', { max: size(limit().maxBytes) }) }}
          </p>
        } @else if (justUploaded()) {
          <p class="upload-done">{{ t('certificates.upload.done', { name: fileName() }) }}</p>
        }
      </div>
    </div>
  `,
})
export class CertificateImageUploadComponent {
  readonly kind = input.required<CertificateImageKind>();
  readonly inputId = input.required<string>();
  readonly disabled = input(false);
  readonly uploaded = output<CertificateImage>();
  private readonly api = inject(CertificateTemplatesApi);
  private readonly language = inject(LanguageStore).current;

  protected readonly hintId = `bp-image-hint-${++nextId}`;
  protected readonly statusId = `bp-image-status-${nextId}`;
  protected readonly limit = computed(() => CERTIFICATE_IMAGE_LIMITS[this.kind()]);
  protected readonly busy = signal(false);
  protected readonly fileName = signal('');
  protected readonly error = signal<ApiFailure | null>(null);
  protected readonly tooLarge = signal(false);
  protected readonly justUploaded = signal(false);
  private subscription: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected size(bytes: number): string {
    return formatBytes(bytes, this.language());
  }

  protected choose(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    this.error.set(null);
    this.tooLarge.set(false);
    this.justUploaded.set(false);
    if (!file) return;
    this.fileName.set(file.name);
    if (file.size > this.limit().maxBytes) {
      this.tooLarge.set(true);
      picker.value = '';
      return;
    }
    this.busy.set(true);
    this.subscription = this.api.uploadImage(file, this.kind()).subscribe({
      next: (image) => {
        this.justUploaded.set(true);
        this.uploaded.emit(image);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(toApiFailure(error));
        picker.value = '';
      },
      complete: () => {
        this.busy.set(false);
        picker.value = '';
      },
    });
  }
}
