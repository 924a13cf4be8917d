import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type ForumThreadLinks } from '@bina-pustaka/shared-contracts';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { catchError, of, switchMap } from 'rxjs';

const NONE: ForumThreadLinks = { linksTo: [], linkedFrom: [] };

/**
 * "Dibahas juga di" (threads this one's posts link to) and "Tautan dari topik lain" (threads
 * linking here), under the thread; nothing at all when there are none. A failure only leaves
 * them out: the thread itself is what the reader came for.
 */
@Component({
  selector: 'bp-thread-links',
  imports: [TranslocoDirective, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @for (group of groups(); track group.heading) {
        @if (group.threads.length > 0) {
          <section class="card thread-links" [attr.aria-labelledby]="'thread-links-' + group.id">
            <h2 class="thread-links-heading" [id]="'thread-links-' + group.id">{{ t(group.heading) }}</h2>
            <ul>
              @for (linked of group.threads; track linked.id) {
                <li>
                  <a [routerLink]="threadLink(linked.id)">{{ linked.title }}</a>
                  <span class="muted"> · {{ linked.forum.title }}</span>
                </li>
              }
            </ul>
          </section>
        }
      }
    </ng-container>
  `,
})
export class ThreadLinksComponent {
  private readonly api = inject(ForumApi);
  readonly threadId = input.required<string>();

  private readonly links = toSignal(
    toObservable(this.threadId).pipe(
      switchMap((threadId) => this.api.links(threadId).pipe(catchError(() => of(NONE)))),
    ),
    { initialValue: NONE },
  );

  protected readonly groups = computed(() => [
    { id: 'to', heading: 'forum.thread.linksTo', threads: this.links().linksTo },
    { id: 'from', heading: 'forum.thread.linkedFrom', threads: this.links().linkedFrom },
  ]);

  protected threadLink(threadId: string): string {
    return appLink(APP_PATHS.forumThread, { threadId });
  }
}
