import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type ForumLiveChange,
  type ForumPost,
  type ForumThreadPage,
} from '@bina-pustaka/shared-contracts';
import { AuthStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumApi, ForumLiveService } from '@bina-pustaka/web-data-access/forum';
import { DialogComponent, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { combineLatest, firstValueFrom } from 'rxjs';
import { ThreadBadgesComponent } from '../shared/thread-badges.component';
import { ForumPostComponent } from './forum-post.component';
import { liveEffect, threadNotices, type ThreadNotice } from './live-changes';
import { pageOfSeq } from '../shared/thread-paging';
import { ReplyFormComponent } from './reply-form.component';
import { ThreadLinksComponent } from './thread-links.component';
import { ThreadModerationComponent } from './thread-moderation.component';

/**
 * A thread: the opening post, a question's chosen answer right under it, then the replies,
 * 50 a page, with a "Baru" line before the first post the reader has not seen. Opening a
 * thread with unread posts opens the page that holds the first one and scrolls to it; each
 * page shown is then recorded as read. Replies go in the box at the bottom. While open, the
 * thread is followed on the /forum socket: replies, edits, deletes, thanks and the answer
 * show without a reload (replies on a later page as "N balasan baru — tampilkan"), and so
 * does a moderator's lock, pin, move or new title, told politely to screen readers. A
 * thread the reader may no longer read leaves the page.
 */
@Component({
  selector: 'bp-thread-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    DialogComponent,
    FailureAlertComponent,
    PaginationComponent,
    ThreadBadgesComponent,
    ForumPostComponent,
    ReplyFormComponent,
    ThreadModerationComponent,
    ThreadLinksComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './thread.page.html',
  styleUrl: './thread.page.css',
})
export class ThreadPage {
  private readonly api = inject(ForumApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly me = inject(AuthStore).user;
  private readonly live = inject(ForumLiveService);
  private threadId = '';
  private stopLive: (() => void) | null = null;
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;

  protected readonly view = signal<ForumThreadPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly actionFailure = signal<ApiFailure | null>(null);
  protected readonly quoting = signal<ForumPost | null>(null);
  protected readonly deleting = signal<ForumPost | null>(null);
  protected readonly deleteBusy = signal(false);
  protected readonly deleteFailure = signal<ApiFailure | null>(null);
  /** The viewer's reply waits for a moderator's approval. */
  protected readonly heldNotice = signal(false);
  /** What a moderator just changed about the thread, for the page's polite live region. */
  protected readonly notices = signal<ThreadNotice[]>([]);
  /** Replies that arrived live on pages after this one. */
  protected readonly newReplies = signal<{ count: number; lastSeq: number } | null>(null);
  private readonly deleteDialog = viewChild<DialogComponent>('deleteDialog');
  private readonly replyForm = viewChild<ReplyFormComponent>(ReplyFormComponent);

  protected readonly thread = computed(() => this.view()?.thread ?? null);
  protected readonly posts = computed(() => this.view()?.posts ?? null);
  protected readonly opening = computed(() => this.posts()?.items.find((post) => post.seq === 1) ?? null);
  /** Replies in order; held ones (no seq yet, shown to their author and moderators) come last. */
  protected readonly replies = computed(() => this.posts()?.items.filter((post) => post.seq !== 1) ?? []);
  /** The "Baru" line goes before this post; none when everything (or the whole thread) is new. */
  protected readonly firstUnread = computed(() => {
    const seq = this.thread()?.firstUnreadSeq ?? null;
    return seq !== null && seq > 1 ? seq : null;
  });
  protected readonly boardLink = computed(() => {
    const thread = this.thread();
    return thread ? appLink(APP_PATHS.forumBoard, { forumId: thread.forum.id }) : appLink(APP_PATHS.forum);
  });
  /** A focus group's thread leads back to its group too. */
  protected readonly focusGroupLink = computed(() => {
    const groupId = this.thread()?.forum.focusGroupId;
    return groupId ? appLink(APP_PATHS.focusGroup, { groupId }) : null;
  });
  /** A moderator removing someone else's post says why. */
  protected readonly reasonRequired = computed(() => {
    const post = this.deleting();
    return !!post && !!this.thread()?.mayModerate && post.author?.id !== this.me()?.id;
  });

  constructor() {
    combineLatest([this.route.paramMap, this.route.queryParamMap])
      .pipe(takeUntilDestroyed())
      .subscribe(([params, query]) => {
        const threadId = params.get('threadId') ?? '';
        if (threadId !== this.threadId) this.followLive(threadId);
        this.threadId = threadId;
        const page = Number(query.get('page'));
        const fragment = this.route.snapshot.fragment;
        // A link to one post (a notification's `#post-<seq>`) opens the page that holds it.
        const linkedSeq = Number(/^post-(\d+)$/.exec(fragment ?? '')?.[1]);
        const linkedPage = linkedSeq > 0 ? pageOfSeq(linkedSeq) : null;
        void this.load(Number.isInteger(page) && page > 0 ? page : linkedPage, fragment);
      });
    inject(DestroyRef).onDestroy(() => this.stopLive?.());
  }

  /**
   * Loads a page; without one, the page holding the first unread post. Then scrolls to
   * `fragment` (a linked post's `post-<seq>`) or to that first unread post.
   */
  protected async load(page: number | null, fragment: string | null = null): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    this.newReplies.set(null);
    try {
      let view = await firstValueFrom(this.api.thread(this.threadId, page ?? undefined));
      const unread = view.thread.firstUnreadSeq;
      if (page === null && unread !== null && pageOfSeq(unread) !== view.posts.page) {
        view = await firstValueFrom(this.api.thread(this.threadId, pageOfSeq(unread)));
      }
      this.view.set(view);
      const target = fragment ?? (unread !== null && unread > 1 && !page ? `post-${unread}` : null);
      if (target) this.scrollTo(target);
      void this.markShownRead(view);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** The page holding the newest live reply, scrolled to it. */
  protected showNewReplies(): void {
    const seq = this.newReplies()?.lastSeq;
    if (!seq) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: pageOfSeq(seq) },
      fragment: `post-${seq}`,
    });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page } });
  }

  protected jumpToUnread(event: Event, seq: number): void {
    event.preventDefault();
    const page = pageOfSeq(seq);
    if (page === this.posts()?.page) this.scrollTo(`post-${seq}`);
    else void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, fragment: `post-${seq}` });
  }

  protected replaced(post: ForumPost): void {
    this.view.update((view) => {
      if (!view) return view;
      const answer = view.thread.answer?.id === post.id ? post : view.thread.answer;
      const items = view.posts.items.map((each) => (each.id === post.id ? post : each));
      return { thread: { ...view.thread, answer }, posts: { ...view.posts, items } };
    });
  }

  protected startQuote(post: ForumPost): void {
    this.quoting.set(post);
    this.replyForm()?.focus();
  }

  /** A new reply joins this page when it fits, else the reader goes to the last page where it is. */
  protected async posted(post: ForumPost): Promise<void> {
    const view = this.view();
    // The live update may have shown it already.
    if (!view || view.posts.items.some((each) => each.id === post.id)) return;
    if (post.seq === null) {
      // Held for approval: shown here to its author only, under the replies, with its mark.
      this.view.set({ ...view, posts: { ...view.posts, items: [...view.posts.items, post] } });
      this.heldNotice.set(true);
      return;
    }
    const seq = post.seq;
    const total = view.posts.total + 1;
    const thread = { ...view.thread, lastSeq: seq, firstUnreadSeq: null };
    if (pageOfSeq(seq) === view.posts.page) {
      this.view.set({ thread, posts: { ...view.posts, total, items: [...view.posts.items, post] } });
      this.scrollTo(`post-${seq}`);
    } else {
      await this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { page: pageOfSeq(seq) },
        fragment: `post-${seq}`,
      });
    }
  }

  protected async markAnswer(post: ForumPost | null): Promise<void> {
    await this.act(() =>
      firstValueFrom(this.api.markAnswer(this.threadId, post?.id ?? null), { defaultValue: undefined }),
    );
  }

  protected async toggleWatch(): Promise<void> {
    const thread = this.thread();
    if (!thread) return;
    try {
      this.actionFailure.set(null);
      await firstValueFrom(this.api.watchThread(thread.id, !thread.watching), { defaultValue: undefined });
      this.view.update((view) => view && { ...view, thread: { ...view.thread, watching: !thread.watching } });
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
    }
  }

  protected askDelete(post: ForumPost): void {
    this.deleting.set(post);
    this.deleteFailure.set(null);
    this.deleteDialog()?.open();
  }

  protected async confirmDelete(reason: string): Promise<void> {
    const post = this.deleting();
    if (!post) return;
    this.deleteBusy.set(true);
    this.deleteFailure.set(null);
    try {
      await firstValueFrom(this.api.deletePost(post.id, reason.trim() || undefined), { defaultValue: undefined });
      this.deleteDialog()?.close();
      await this.load(this.posts()?.page ?? 1);
    } catch (error) {
      this.deleteFailure.set(toApiFailure(error));
    } finally {
      this.deleteBusy.set(false);
    }
  }

  /** Runs a change to the thread, then shows the page again as the api now has it. */
  private async act(call: () => Promise<unknown>): Promise<void> {
    this.actionFailure.set(null);
    try {
      await call();
      await this.load(this.posts()?.page ?? 1);
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
    }
  }

  private followLive(threadId: string): void {
    this.stopLive?.();
    this.notices.set([]);
    this.stopLive = this.live.follow(threadId, {
      change: (change) => this.applyLive(change),
      // What happened while the socket was away was not heard: read the page again once.
      reconnected: () => void this.reloadQuietly(),
      // No longer allowed (left the course, signed out): the api says so on the next read.
      stopped: () => void this.reloadQuietly(),
    });
  }

  private applyLive(change: ForumLiveChange): void {
    const view = this.view();
    if (!view) return;
    const effect = liveEffect(view, change);
    if (effect.kind === 'patch') this.view.set(effect.view);
    else if (effect.kind === 'reload') void this.reloadQuietly();
    else if (effect.kind === 'thread') void this.threadUpdated();
    else if (effect.kind === 'later') {
      this.newReplies.update((seen) => ({
        count: (seen?.count ?? 0) + 1,
        lastSeq: Math.max(seen?.lastSeq ?? 0, effect.seq),
      }));
    }
  }

  /** The thread itself changed (locked, pinned, moved, renamed): read it again, then say what changed. */
  private async threadUpdated(): Promise<void> {
    const before = this.thread();
    await this.reloadQuietly();
    const after = this.thread();
    if (before && after) this.notices.set(threadNotices(before, after));
  }

  /** The page shown, read again in place (no spinner, no scroll); changes arriving meanwhile make one more read. */
  private async reloadQuietly(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        const page = this.posts()?.page ?? 1;
        try {
          const view = await firstValueFrom(this.api.thread(this.threadId, page));
          this.view.set(view);
          void this.markShownRead(view);
        } catch (error) {
          const failure = toApiFailure(error);
          // No longer the reader's to read (moved out of reach, left the course): it leaves the page.
          if (failure.status === 404 || failure.status === 403) this.view.set(null);
          this.failure.set(failure);
        }
      } while (this.reloadAgain);
    })().finally(() => (this.reloading = null));
    return this.reloading;
  }

  /** Records the reader's place: up to the last post this page shows, if it holds anything new. */
  private async markShownRead({ thread, posts }: ForumThreadPage): Promise<void> {
    const last = [...posts.items].reverse().find((post) => post.seq !== null)?.seq ?? undefined;
    if (last === undefined || thread.firstUnreadSeq === null || last < thread.firstUnreadSeq) return;
    // A lost read mark only means the posts show as new once more.
    await firstValueFrom(this.api.markRead(thread.id, last), { defaultValue: undefined }).catch(() => undefined);
  }

  private scrollTo(id: string): void {
    afterNextRender(
      () => {
        const target = document.getElementById(id);
        target?.scrollIntoView?.({ block: 'start' });
        target?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
