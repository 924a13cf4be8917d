import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { signedInGuard, translationScopeRoute } from '@bina-pustaka/web-data-access';
import { FORUM_SCOPE } from './forum-keys';

/**
 * The forum pages, each its own lazy chunk, under a parent that brings the `forum`
 * translations (none of its words are in the main bundle). The fixed paths (`cari`,
 * `pelatihan`, `topik`, `moderasi`, `ringkasan`) come before `forum/:forumId`, so none is taken for a forum's id.
 * Titles are keys of the main translations, which the tab title needs before the scope loads.
 */
export const forumRoutes: Routes = [
  translationScopeRoute(FORUM_SCOPE, { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') }, [
    {
      path: APP_PATHS.forum,
      title: 'titles.forum',
      canActivate: [signedInGuard],
      loadComponent: () => import('./home/forum-home.page').then((m) => m.ForumHomePage),
    },
    {
      path: APP_PATHS.forumSearch,
      title: 'titles.forumSearch',
      canActivate: [signedInGuard],
      loadComponent: () => import('./search/forum-search.page').then((m) => m.ForumSearchPage),
    },
    {
      path: APP_PATHS.courseForum,
      title: 'titles.forum',
      canActivate: [signedInGuard],
      loadComponent: () => import('./course-forum/course-forum.page').then((m) => m.CourseForumPage),
    },
    {
      path: APP_PATHS.forumThread,
      title: 'titles.forumThread',
      canActivate: [signedInGuard],
      loadComponent: () => import('./thread/thread.page').then((m) => m.ThreadPage),
    },
    {
      path: APP_PATHS.newForumThread,
      title: 'titles.newForumThread',
      canActivate: [signedInGuard],
      loadComponent: () => import('./new-thread/new-thread.page').then((m) => m.NewThreadPage),
    },
    {
      path: APP_PATHS.forumModeration,
      title: 'titles.forum',
      canActivate: [signedInGuard],
      loadComponent: () => import('./moderation/forum-moderation.page').then((m) => m.ForumModerationPage),
    },
    {
      // Public: the digest mail's signed link works without signing in.
      path: APP_PATHS.forumDigestUnsubscribe,
      title: 'titles.forum',
      loadComponent: () => import('./digest-unsubscribe/digest-unsubscribe.page').then((m) => m.DigestUnsubscribePage),
    },
    {
      path: APP_PATHS.forumBoard,
      title: 'titles.forum',
      canActivate: [signedInGuard],
      loadComponent: () => import('./board/forum-board.page').then((m) => m.ForumBoardPage),
    },
  ]),
];
