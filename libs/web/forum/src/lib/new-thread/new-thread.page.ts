import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  FORUM_POST_MAX,
  FORUM_TITLE_MAX,
  THREAD_KINDS,
  appLink,
  type ForumSummary,
  type ThreadKind,
} from '@bina-pustaka/shared-contracts';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { ImageInsertComponent, insertIntoBox } from '../shared/image-insert.component';

/**
 * Starting a thread: a discussion or a question, its title and its first post in Markdown.
 * A refusal leaves every word typed in place, with the server's message under the field.
 */
@Component({
  selector: 'bp-new-thread-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    FailureAlertComponent,
    FORM_FIELD,
    ImageInsertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-thread.page.html',
  styleUrl: '../shared/forum.css',
})
export class NewThreadPage {
  private readonly api = inject(ForumApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly forumId = inject(ActivatedRoute).snapshot.paramMap.get('forumId') ?? '';
  protected readonly boardLink = appLink(APP_PATHS.forumBoard, { forumId: this.forumId });
  protected readonly kinds = THREAD_KINDS;
  protected readonly titleMax = FORUM_TITLE_MAX;
  protected readonly feedback = new FormFeedback();
  protected readonly forum = signal<ForumSummary | null>(null);
  /** In a focus group's forum whose members may write anonymously, and the viewer is one of them. */
  protected readonly mayPostAnonymously = signal(false);
  private readonly focusGroups = inject(FocusGroupApi);

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['discussion' as ThreadKind],
    title: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(FORUM_TITLE_MAX)]],
    bodyMarkdown: ['', [Validators.required, Validators.maxLength(FORUM_POST_MAX)]],
    anonymous: [false],
  });

  constructor() {
    // To name the forum in the heading and, in a focus group's forum, to know whether the
    // viewer may write anonymously (the board's summary does not say); the form works without it.
    firstValueFrom(this.api.forum(this.forumId)).then(
      (forum) => {
        this.forum.set(forum);
        if (forum.focusGroupId) void this.checkAnonymous(forum.focusGroupId);
      },
      () => undefined,
    );
  }

  private async checkAnonymous(groupId: string): Promise<void> {
    try {
      const group = await firstValueFrom(this.focusGroups.group(groupId));
      this.mayPostAnonymously.set(group.may.postAnonymously);
    } catch {
      // Without the group's answer the thread is posted under one's name, as anywhere else.
    }
  }

  protected insertImage(box: HTMLTextAreaElement, markdown: string): void {
    this.form.controls.bodyMarkdown.setValue(insertIntoBox(box, markdown));
    this.form.controls.bodyMarkdown.markAsDirty();
  }

  protected async submit(): Promise<void> {
    let threadId = '';
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { kind, title, bodyMarkdown, anonymous } = this.form.getRawValue();
      const created = await firstValueFrom(
        this.api.createThread(this.forumId, {
          kind,
          title: title.trim(),
          bodyMarkdown,
          ...(anonymous && this.mayPostAnonymously() && { anonymous: true }),
        }),
      );
      threadId = created.thread.id;
    });
    if (done) await this.router.navigateByUrl(appLink(APP_PATHS.forumThread, { threadId }), { replaceUrl: true });
  }
}
