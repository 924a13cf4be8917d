import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { CertificateImage, CertificateImageKind } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure } from '@bina-pustaka/web-data-access';
import { CERTIFICATE_IMAGE_LIMITS, CertificateTemplatesApi } from '@bina-pustaka/web-data-access/certificates';
import { formatBytes } from '@bina-pustaka/web-data-access/learning';
import { UploadFieldComponent, type UploadEvent } from '@bina-pustaka/web-ui';
import { map, type Observable } from 'rxjs';

/**
 * An image for a template (background, logo, signature): the upload field with the
 * kind's limits. Label it with `<label [for]="inputId">`.
 */
@Component({
  selector: 'bp-certificate-image-upload',
  imports: [UploadFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bp-upload-field
      words="certificates.upload."
      [inputId]="inputId()"
      [limit]="limit()"
      [upload]="upload"
      [failureOf]="failureOf"
      [formatSize]="size"
      [disabled]="disabled()"
      (uploaded)="uploaded.emit($event)"
    />
  `,
})
export class CertificateImageUploadComponent {
  readonly kind = input.required<CertificateImageKind>();
  readonly inputId = input.required<string>();
  readonly disabled = input(false);
  readonly uploaded = output<CertificateImage>();
  private readonly api = inject(CertificateTemplatesApi);
  private readonly language = inject(LanguageStore).current;

  protected readonly limit = computed(() => CERTIFICATE_IMAGE_LIMITS[this.kind()]);
  protected readonly failureOf = toApiFailure;
  protected readonly size = (bytes: number): string => formatBytes(bytes, this.language());
  protected readonly upload = (file: File): Observable<UploadEvent<CertificateImage>> =>
    this.api.uploadImage(file, this.kind()).pipe(map((result) => ({ state: 'done' as const, result })));
}
