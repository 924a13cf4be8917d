import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Observable, Subscription } from 'rxjs';
import type { ShownFailure } from './failure-alert.component';
import { ProgressBarComponent } from './progress-bar.component';

/** What an upload reports: how far it is (when the client can tell), then what the server kept. */
export type UploadEvent<T> = { state: 'progress'; fraction: number } | { state: 'done'; result: T };

/** What a kind of upload accepts: the picker's filter, the types people read, the size limit. */
export interface UploadLimit {
  accept: string;
  kinds: string;
  maxBytes: number;
}

let nextId = 0;

/** The words every upload field says, under the prefix its caller gives (`words`). */
export const UPLOAD_FIELD_WORDS = ['hint', 'progressLabel', 'percent', 'cancel', 'tooLarge', 'done'] as const;

/**
 * The one file picker that uploads: the size is checked here first (the api checks type
 * and size again by content), then the upload runs with its progress, a cancel button, and
 * its outcome said in a live region. The caller supplies the upload and the words: `words`
 * is the prefix of the translation keys in UPLOAD_FIELD_WORDS (a feature scope's, e.g.
 * `learning.upload.`). Label it with `<label [for]="inputId">`.
 */
@Component({
  selector: 'bp-upload-field',
  imports: [TranslocoDirective, ProgressBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './upload-field.component.css',
  template: `
    <div class="upload-field" *transloco="let t">
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
        {{ t(words() + 'hint', { kinds: limit().kinds, max: formatSize()(limit().maxBytes) }) }}
      </p>
      <div [id]="statusId" aria-live="polite">
        @if (busy()) {
          <div class="upload-progress">
            @if (fraction(); as done) {
              <bp-progress-bar [label]="t(words() + 'progressLabel', { name: fileName() })" [value]="percentOf(done)" />
              <span>{{ t(words() + 'percent', { percent: percentOf(done) }) }}</span>
            } @else {
              <span>{{ t(words() + 'progressLabel', { name: fileName() }) }}</span>
            }
            <button type="button" class="btn btn-secondary btn-small" (click)="cancel(picker)">
              {{ t(words() + 'cancel') }}
            </button>
          </div>
        } @else if (error(); as failure) {
          <p class="field-error" role="alert">
            {{ failure.message ?? t(failure.code === 'network' ? 'errors.network' : 'errors.unexpected') }}
          </p>
        } @else if (tooLarge()) {
          <p class="field-error" role="alert">
            {{ t(words() + 'tooLarge', { max: formatSize()(limit().maxBytes) }) }}
          </p>
        } @else if (justUploaded()) {
          <p class="upload-done">{{ t(words() + 'done', { name: fileName() }) }}</p>
        }
      </div>
    </div>
  `,
})
export class UploadFieldComponent<T> {
  readonly inputId = input.required<string>();
  readonly limit = input.required<UploadLimit>();
  /** Prefix of this field's translation keys, ending in a dot (see the class comment). */
  readonly words = input.required<string>();
  /** Starts uploading a chosen file; unsubscribing cancels it. */
  readonly upload = input.required<(file: File) => Observable<UploadEvent<T>>>();
  /** A failed upload as the alert shows it (data-access's toApiFailure). */
  readonly failureOf = input.required<(error: unknown) => ShownFailure>();
  /** Sizes in the reader's language, e.g. "4,8 MB". */
  readonly formatSize = input.required<(bytes: number) => string>();
  readonly disabled = input(false);
  readonly uploaded = output<T>();
  /** The chosen file, before upload (e.g. to read a video's length). */
  readonly chosen = output<File>();

  protected readonly hintId = `bp-upload-hint-${++nextId}`;
  protected readonly statusId = `bp-upload-status-${nextId}`;
  protected readonly busy = signal(false);
  /** Share uploaded so far; null until the upload says. */
  protected readonly fraction = signal<number | null>(null);
  protected readonly fileName = signal('');
  protected readonly error = signal<ShownFailure | null>(null);
  protected readonly tooLarge = signal(false);
  protected readonly justUploaded = signal(false);
  private subscription: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected percentOf(fraction: number): number {
    return Math.round(fraction * 100);
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
    this.fraction.set(null);
    this.subscription = this.upload()(file).subscribe({
      next: (event) => {
        if (event.state === 'progress') this.fraction.set(event.fraction);
        else {
          this.justUploaded.set(true);
          this.uploaded.emit(event.result);
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(this.failureOf()(error));
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
