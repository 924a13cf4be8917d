import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type ForumSearchHit, type ForumSummary, type Page } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { DateTimePipe, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { EMPTY, firstValueFrom, map, type Observable } from 'rxjs';
import { FORUM_LIST_PAGE_SIZE } from '../forum-keys';
import { pageOfSeq } from '../shared/thread-paging';

interface SearchRequest {
  q: string;
  forumId: string;
  page: number;
}

/**
 * Search over every thread and post the reader may read (the api's Indonesian full text:
 * "pengelolaan" finds "mengelola"), narrowed to one forum if they like. The query lives in
 * the address (`/forum/cari?q=…`), so a search can be shared and Back returns to it; each
 * hit opens its thread at the post that matched.
 */
@Component({
  selector: 'bp-forum-search-page',
  imports: [RouterLink, TranslocoDirective, DateTimePipe, FailureAlertComponent, PaginationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum-search.page.html',
  styleUrl: '../shared/forum.css',
})
export class ForumSearchPage {
  private readonly api = inject(ForumApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageStore).current;
  protected readonly homeLink = appLink(APP_PATHS.forum);

  protected readonly request = toSignal(
    this.route.queryParamMap.pipe(
      map(
        (query): SearchRequest => ({
          q: (query.get('q') ?? '').trim(),
          forumId: query.get('forum') ?? '',
          page: Math.max(1, Number(query.get('page')) || 1),
        }),
      ),
    ),
    { requireSync: true },
  );
  /** Two letters at least, as the api asks; less shows the empty form, not an error. */
  protected readonly searching = computed(() => this.request().q.length >= 2);
  protected readonly results = pagedList(
    () => this.request(),
    (request): Observable<Page<ForumSearchHit>> =>
      request.q.length >= 2
        ? this.api.search({
            q: request.q,
            forumId: request.forumId || undefined,
            page: request.page,
            pageSize: FORUM_LIST_PAGE_SIZE,
          })
        : EMPTY,
  );
  protected readonly forums = signal<ForumSummary[]>([]);

  constructor() {
    // The forum filter's choices; searching works without them.
    firstValueFrom(this.api.home()).then(
      (home) => this.forums.set([...home.community, ...home.courses]),
      () => undefined,
    );
  }

  protected submit(event: Event, q: string, forumId: string): void {
    event.preventDefault();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: q.trim() || null, forum: forumId || null, page: null },
    });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }

  protected threadLink(hit: ForumSearchHit): string {
    return appLink(APP_PATHS.forumThread, { threadId: hit.threadId });
  }

  protected pageOf(hit: ForumSearchHit): number {
    return pageOfSeq(hit.seq);
  }
}
