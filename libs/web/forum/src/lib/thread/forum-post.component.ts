import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  FORUM_POST_MAX,
  type ForumPost,
  type ForumPostRevision,
  type ForumThread,
} from '@bina-pustaka/shared-contracts';
import { AuthStore, LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { ImageInsertComponent, insertIntoBox } from '../shared/image-insert.component';
import { HidePostDialogComponent } from './hide-post-dialog.component';
import { ReportDialogComponent } from './report-dialog.component';

/**
 * One post: who wrote it and when, its text (HTML the api sanitized, shown through
 * Angular's own sanitizer too), the post it quotes, thanks, and what the reader may do
 * with it. Thanks and edits are the post's own business; quoting, deleting and marking
 * the answer change the page, so the thread page does them.
 */
@Component({
  selector: 'bp-forum-post',
  imports: [
    TranslocoDirective,
    DateTimePipe,
    FailureAlertComponent,
    ImageInsertComponent,
    ReportDialogComponent,
    HidePostDialogComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum-post.component.html',
  styleUrl: './forum-post.component.css',
})
export class ForumPostComponent {
  private readonly api = inject(ForumApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly postMax = FORUM_POST_MAX;

  readonly post = input.required<ForumPost>();
  readonly thread = input.required<ForumThread>();
  /** The post's own place in the thread (its `#post-<seq>` anchor); false for the answer's copy under the question. */
  readonly anchored = input(true);
  readonly changed = output<ForumPost>();
  readonly quote = output<ForumPost>();
  readonly remove = output<ForumPost>();
  /** The post to mark as the answer, or null to take the mark away. */
  readonly markAnswer = output<ForumPost | null>();

  private readonly me = inject(AuthStore).user;
  /** One's own post is not thanked by oneself: it shows how many thanked it instead. */
  protected readonly mine = computed(() => this.post().author?.id === this.me()?.id);
  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** Earlier versions of an edited post, loaded when a moderator opens them (null: closed). */
  protected readonly revisions = signal<ForumPostRevision[] | null>(null);
  /** Anyone but the author may report a post they can read (a hidden one: moderators only). */
  protected readonly mayReport = computed(() => {
    const post = this.post();
    return !post.deleted && !(post.hidden && !this.thread().mayModerate) && !this.mine();
  });
  /** The report dialog exists only while open (a thread shows 50 posts). */
  protected readonly reporting = signal(false);
  /** The moderator's hide (or show again) dialog, likewise only while open. */
  protected readonly hiding = signal(false);

  protected async toggleThanks(): Promise<void> {
    const post = this.post();
    await this.run(async () => {
      const thanks = await firstValueFrom(this.api.thank(post.id, !post.thanks.byMe));
      this.changed.emit({ ...post, thanks });
    });
  }

  protected startEdit(): void {
    this.failure.set(null);
    this.editing.set(true);
  }

  /** The edit box is a plain textarea read on save: the image goes straight into it. */
  protected insertImage(box: HTMLTextAreaElement, markdown: string): void {
    insertIntoBox(box, markdown);
  }

  protected async saveEdit(text: string): Promise<void> {
    if (!text.trim()) return;
    await this.run(async () => {
      const updated = await firstValueFrom(this.api.editPost(this.post().id, text));
      this.editing.set(false);
      this.changed.emit(updated);
    });
  }

  /** The answer shows twice (under the question and in its place): each copy has its own ids. */
  protected revisionsId(): string {
    return `revisions-${this.post().id}${this.anchored() ? '' : '-answer'}`;
  }

  protected async toggleRevisions(): Promise<void> {
    if (this.revisions()) {
      this.revisions.set(null);
      return;
    }
    await this.run(async () => this.revisions.set(await firstValueFrom(this.api.revisions(this.post().id))));
  }

  /** Only a question's replies can be its answer. */
  protected mayBeAnswer(): boolean {
    const post = this.post();
    const thread = this.thread();
    return thread.kind === 'question' && thread.mayMarkAnswer && (post.seq ?? 0) > 1 && !post.deleted && !post.held;
  }

  private async run(call: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await call();
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
