import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { FILE_LIMITS, formatBytes } from '@bina-pustaka/web-data-access/learning';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

const LIMIT = FILE_LIMITS['forum-image'];

/**
 * "Sisipkan gambar" beside a post's box: uploads a picture to the forum and hands the
 * editor its Markdown, `![name](file:<id>)`, to insert where the cursor is. The name is the
 * picture's description (alt text) until the writer changes it. Far too large files are
 * refused here; the api checks the type on the bytes.
 */
@Component({
  selector: 'bp-forum-image-insert',
  imports: [TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The button and its hint side by side, apart; a refusal below them, full width.
  styles: `
    .image-insert {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35rem 0.75rem;
    }
    .field-error,
    bp-failure-alert {
      flex-basis: 100%;
    }
  `,
  template: `
    <div class="image-insert" *transloco="let t">
      <label class="btn btn-secondary btn-small" [class.disabled]="busy()">
        {{ t(busy() ? 'forum.image.uploading' : 'forum.image.insert') }}
        <input
          type="file"
          class="visually-hidden"
          [accept]="accept"
          [disabled]="busy()"
          (change)="chosen($any($event.target))"
        />
      </label>
      <span class="hint">{{ t('forum.image.hint', { kinds: kinds, size: maxSize }) }}</span>
      <p class="visually-hidden" role="status">{{ done() ? t('forum.image.inserted') : '' }}</p>
      @if (tooLarge()) {
        <p class="field-error" role="alert">{{ t('forum.image.tooLarge', { size: maxSize }) }}</p>
      }
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" />
      }
    </div>
  `,
})
export class ImageInsertComponent {
  private readonly api = inject(ForumApi);
  readonly forumId = input.required<string>();
  /** The Markdown of the uploaded image. */
  readonly inserted = output<string>();

  protected readonly accept = LIMIT.accept;
  protected readonly kinds = LIMIT.kinds;
  protected readonly maxSize = formatBytes(LIMIT.maxBytes);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly tooLarge = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  protected async chosen(field: HTMLInputElement): Promise<void> {
    const file = field.files?.[0];
    field.value = '';
    if (!file) return;
    this.done.set(false);
    this.failure.set(null);
    this.tooLarge.set(file.size > LIMIT.maxBytes);
    if (this.tooLarge()) return;
    this.busy.set(true);
    try {
      const stored = await firstValueFrom(this.api.uploadImage(this.forumId(), file));
      this.inserted.emit(`![${altText(stored.name)}](file:${stored.id})`);
      this.done.set(true);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}

/** The file's name without its extension, and nothing that would end the Markdown's brackets. */
const altText = (name: string) =>
  name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[[\]\\]/g, ' ')
    .trim() || 'gambar';

/**
 * Puts an image's Markdown into a post's box where the cursor is, as a paragraph of its
 * own (on a mere line of its own, Markdown shows it inside the text or the list item above
 * it), and leaves the cursor after it; the new text is returned for the form control.
 */
export function insertIntoBox(box: HTMLTextAreaElement, markdown: string): string {
  const at = box.selectionStart ?? box.value.length;
  const before = box.value.slice(0, at);
  const after = box.value.slice(at);
  const newlines = (needed: number, present: number) => '\n'.repeat(Math.max(0, needed - present));
  const opening = before ? newlines(2, before.length - before.replace(/\n+$/, '').length) : '';
  const snippet = `${opening}${markdown}${newlines(2, after.length - after.replace(/^\n+/, '').length)}`;
  box.value = before + snippet + after;
  const caret = at + snippet.length;
  box.focus();
  box.setSelectionRange(caret, caret);
  return box.value;
}
