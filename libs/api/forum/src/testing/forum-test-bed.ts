/**
 * What the forum int specs share (forum, forum-access, forum-moderation, forum-live): the
 * api with the modules forums read (identity, learning, notifications) and the forum
 * routes most tests call, each refusing any answer but the one it expects.
 */
import type { TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import type { SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import type { AppNotification, ForumPost, ForumThreadPage, NotificationInbox } from '@bina-pustaka/shared-contracts';
import { ForumModule, forumMigrations } from '../lib/forum.module';

/** startTestApp's options for a forum test app. */
export const FORUM_TEST_APP = {
  modules: [IdentityModule, LearningModule, NotificationsModule, ForumModule],
  migrations: [
    ...identityMigrations,
    ...learningMigrations,
    ...notificationsMigrations,
    ...auditMigrations,
    ...forumMigrations,
  ],
};

const as = (who: SignedInUser) => ({ token: who.token });

/** The forum routes a test drives, on the app `app()` returns (started in beforeAll). */
export function forumRequests(app: () => TestApp) {
  return {
    as,
    /** A thread in a forum (a discussion with a plain title and text unless `fields` say otherwise). */
    async newThread(
      who: SignedInUser,
      forumId: string,
      fields: Record<string, unknown> = {},
    ): Promise<ForumThreadPage> {
      const response = await app().api.post<ForumThreadPage>(
        `/api/forums/${forumId}/threads`,
        { title: 'Cara menyiangi koleksi lama', bodyMarkdown: 'Bagaimana Anda menyiangi koleksi?', ...fields },
        as(who),
      );
      if (response.status !== 201) throw new Error(JSON.stringify(response.body));
      return response.body;
    },
    async reply(who: SignedInUser, threadId: string, bodyMarkdown: string, quotePostId?: string): Promise<ForumPost> {
      const response = await app().api.post<ForumPost>(
        `/api/forum-threads/${threadId}/posts`,
        { bodyMarkdown, quotePostId },
        as(who),
      );
      if (response.status !== 201) throw new Error(JSON.stringify(response.body));
      return response.body;
    },
    async page(who: SignedInUser, threadId: string): Promise<ForumThreadPage> {
      return (await app().api.get<ForumThreadPage>(`/api/forum-threads/${threadId}`, as(who))).body;
    },
    async inbox(who: SignedInUser): Promise<AppNotification[]> {
      return (await app().api.get<NotificationInbox>('/api/me/notifications', as(who))).body.items;
    },
  };
}
