import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FilePurpose, StoredFile } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { FILE_LIMITS, FilesApi, formatBytes } from '@bina-pustaka/web-data-access/learning';
import { ProgressBarComponent } from '@bina-pustaka/web-ui';
import type { Subscription } from 'rxjs';

let nextId = 0;

/**
 * Choose a file and upload it for one purpose, with a progress bar and a cancel button.
 * The file is checked for size here first; the api checks type and size again by content.
 * Label it with `<label [for]="inputId">`.
 */
@Component({
  selector: 'bp-file-upload',
  imports: [TranslocoDirective, ProgressBarComponent],
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
      <input
        #picker
        type="file"
        [id]="inputId()"
        [accept]="limit().accept"
        [disabled]="busy() || disabled()"
        [attr.aria-describedby]="hintId + ' ' + statusId"
        [attr.aria-invalid]="error() ? true : null"
        (change)="choose(picker)"
      />
      <p class="hint" [id]="hintId">
        {{ t('learning.upload.hint', { kinds: limit().kinds, max: size(limit().maxBytes) }) }}
      </p>
      <div [id]="statusId" aria-live="polite">
        @if (busy()) {
          <div class="upload-progress">
            <bp-progress-bar [label]="t('learning.upload.progressLabel', { name: fileName() })" [value]="percent()" />
            <span>{{ t('learning.upload.percent', { percent: percent() }) }}</span>
            <button type="button" class="btn btn-secondary btn-small" (click)="cancel(picker)">
              {{ t('learning.upload.cancel') }}
            </button>
          </div>
        } @else if (error(); as failure) {
          <p class="field-error" role="alert">
            {{ failure.message ?? t(failure.code === 'network' ? 'errors.network' : 'errors.unexpected') }}
          </p>
        } @else if (tooLarge()) {
          <p class="field-error" role="alert">{{ t('learning.upload.tooLarge', { max: size(limit().maxBytes) }) }}</p>
        } @else if (justUploaded()) {
          <p class="upload-done">{{ t('learning.upload.done', { name: fileName() }) }}</p>
        }
      </div>
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
  protected readonly hintId = `bp-upload-hint-${++nextId}`;
  protected readonly statusId = `bp-upload-status-${nextId}`;
  protected readonly limit = computed(() => FILE_LIMITS[this.purpose()]);
  protected readonly busy = signal(false);
  protected readonly fraction = signal(0);
  protected readonly percent = computed(() => Math.round(this.fraction() * 100));
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
    this.chosen.emit(file);
    this.busy.set(true);
    this.fraction.set(0);
    this.subscription = this.files.upload(file, this.purpose()).subscribe({
      next: (event) => {
        if (event.state === 'progress') this.fraction.set(event.fraction);
        else {
          this.justUploaded.set(true);
          this.uploaded.emit(event.file);
        }
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

  protected cancel(picker: HTMLInputElement): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.busy.set(false);
    picker.value = '';
    picker.focus();
  }
}
