import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  model,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FORUM_POST_MAX, type ForumPost, type UserRef } from '@bina-pustaka/shared-contracts';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { Subject, catchError, debounceTime, firstValueFrom, of, switchMap } from 'rxjs';
import { ImageInsertComponent, insertIntoBox } from '../shared/image-insert.component';
import { excerptOf, insertMention, mentionQueryAt, type MentionQuery } from './mentions';

/** Waits for a pause in typing before asking the api for names. */
const MENTION_DEBOUNCE_MS = 150;

/**
 * The reply box under a thread. Typing `@` and a letter offers the people who may read the
 * forum in a list under the box: arrows move through it, Enter or Tab picks, Escape
 * closes; the box keeps focus (aria-activedescendant names the option). A <textarea> may
 * not take the combobox role, so it is a textbox with aria-autocomplete, which screen
 * readers announce the same way. A refused reply keeps its text.
 */
@Component({
  selector: 'bp-reply-form',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, FORM_FIELD, ImageInsertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reply-form.component.html',
  styleUrl: './reply-form.component.css',
})
export class ReplyFormComponent {
  private readonly api = inject(ForumApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly forumId = input.required<string>();
  readonly threadId = input.required<string>();
  /** A focus group's forum that lets the viewer write anonymously to the other members. */
  readonly mayPostAnonymously = input(false);
  /** The post this reply quotes (set by "Kutip"), shown above the box until sent or removed. */
  readonly quote = model<ForumPost | null>(null);
  readonly posted = output<ForumPost>();

  protected readonly feedback = new FormFeedback();
  protected readonly postMax = FORUM_POST_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    bodyMarkdown: ['', [Validators.required, Validators.maxLength(FORUM_POST_MAX)]],
    anonymous: [false],
  });
  protected readonly quoteExcerpt = computed(() => {
    const post = this.quote();
    return post ? excerptOf(post.bodyHtml) : '';
  });

  private readonly box = viewChild.required<ElementRef<HTMLTextAreaElement>>('box');
  private readonly typed = new Subject<MentionQuery | null>();
  private mention: MentionQuery | null = null;
  protected readonly people = signal<UserRef[]>([]);
  protected readonly active = signal(0);
  protected readonly open = computed(() => this.people().length > 0);

  constructor() {
    this.typed
      .pipe(
        debounceTime(MENTION_DEBOUNCE_MS),
        switchMap((mention) =>
          mention
            ? this.api.people(this.forumId(), mention.query).pipe(catchError(() => of<UserRef[]>([])))
            : of<UserRef[]>([]),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((people) => {
        this.people.set(this.mention ? people : []);
        this.active.set(0);
      });
  }

  focus(): void {
    this.box().nativeElement.focus();
  }

  protected onInput(): void {
    const box = this.box().nativeElement;
    this.mention = mentionQueryAt(box.value, box.selectionStart ?? box.value.length);
    if (!this.mention) this.people.set([]);
    this.typed.next(this.mention);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (!this.open()) return;
    const count = this.people().length;
    switch (event.key) {
      case 'ArrowDown':
        this.active.update((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        this.active.update((index) => (index - 1 + count) % count);
        break;
      case 'Enter':
      case 'Tab':
        this.choose(this.people()[this.active()]);
        break;
      case 'Escape':
        this.close();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  /**
   * A tap or click on an option. On mousedown, so the box never loses focus (a click would
   * blur it first and close the list); keyboard users pick from the box itself.
   */
  protected pick(event: MouseEvent, person: UserRef): void {
    event.preventDefault();
    this.choose(person);
  }

  protected choose(person: UserRef): void {
    const box = this.box().nativeElement;
    const mention = this.mention;
    if (!mention) return;
    const result = insertMention(box.value, mention, box.selectionStart ?? box.value.length, person);
    this.form.controls.bodyMarkdown.setValue(result.text);
    this.form.controls.bodyMarkdown.markAsDirty();
    box.value = result.text;
    box.focus();
    box.setSelectionRange(result.caret, result.caret);
    this.close();
  }

  protected insertImage(markdown: string): void {
    this.form.controls.bodyMarkdown.setValue(insertIntoBox(this.box().nativeElement, markdown));
    this.form.controls.bodyMarkdown.markAsDirty();
  }

  protected close(): void {
    this.mention = null;
    this.people.set([]);
    this.typed.next(null);
  }

  protected async submit(): Promise<void> {
    this.close();
    let created: ForumPost | null = null;
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const quotePostId = this.quote()?.id;
      const { bodyMarkdown, anonymous } = this.form.getRawValue();
      created = await firstValueFrom(
        this.api.reply(this.threadId(), {
          bodyMarkdown,
          ...(quotePostId && { quotePostId }),
          ...(anonymous && this.mayPostAnonymously() && { anonymous: true }),
        }),
      );
    });
    if (done && created) {
      this.form.reset();
      this.quote.set(null);
      this.posted.emit(created);
    }
  }
}
