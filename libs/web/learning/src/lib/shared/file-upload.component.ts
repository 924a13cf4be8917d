import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FilePurpose, StoredFile } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure } from '@bina-pustaka/web-data-access';
import { FILE_LIMITS, FilesApi, formatBytes } from '@bina-pustaka/web-data-access/learning';
import { UploadFieldComponent, type UploadEvent } from '@bina-pustaka/web-ui';
import { map, type Observable } from 'rxjs';

/**
 * A file for one purpose (a cover, a lesson's file or video, a material): the file there is
 * now, if any, and the upload field. Label it with `<label [for]="inputId">`.
 */
@Component({
  selector: 'bp-file-upload',
  imports: [TranslocoDirective, UploadFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './file-upload.component.css',
  template: `
    <div class="file-upload" *transloco="let t">
      @if (current(); as file) {
        <p class="file-current">
          <span class="file-name">{{ t('learning.upload.current') }}:</span>
          <a [href]="file.url" target="_blank" rel="noopener">{{ file.name }}</a>
          <span class="muted">({{ size(file.sizeBytes) }})</span>
          @if (removable()) {
            <button type="button" class="btn btn-link" (click)="cleared.emit()">
              {{ t('learning.upload.remove') }}<span class="visually-hidden"> {{ file.name }}</span>
            </button>
          }
        </p>
      }
      <bp-upload-field
        words="learning.upload."
        [inputId]="inputId()"
        [limit]="limit()"
        [upload]="upload"
        [failureOf]="failureOf"
        [formatSize]="size"
        [disabled]="disabled()"
        (chosen)="chosen.emit($event)"
        (uploaded)="uploaded.emit($event)"
      />
    </div>
  `,
})
export class FileUploadComponent {
  readonly purpose = input.required<FilePurpose>();
  readonly inputId = input.required<string>();
  readonly current = input<StoredFile | null>(null);
  readonly removable = input(false);
  readonly disabled = input(false);
  readonly uploaded = output<StoredFile>();
  /** The chosen file, before upload (e.g. to read a video's length). */
  readonly chosen = output<File>();
  readonly cleared = output<void>();

  private readonly files = inject(FilesApi);
  private readonly language = inject(LanguageStore).current;
  protected readonly limit = computed(() => FILE_LIMITS[this.purpose()]);
  protected readonly failureOf = toApiFailure;
  protected readonly size = (bytes: number): string => formatBytes(bytes, this.language());
  protected readonly upload = (file: File): Observable<UploadEvent<StoredFile>> =>
    this.files
      .upload(file, this.purpose())
      .pipe(map((event) => (event.state === 'progress' ? event : { state: 'done' as const, result: event.file })));
}
