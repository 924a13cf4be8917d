import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Principal } from '@bina-pustaka/api-platform';
import {
  FORUM_AUTHOR_DELETE_MINUTES,
  type ForumPost,
  type ForumPostRevision,
  type PostThanks,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import type { ForumAccess } from '../access/forum-access.service';
import { ForumPostEntity, type ForumPostRevisionEntity, type ForumThreadEntity } from '../entities/forum.entity';
import { excerpt, mentionedIds, showMentions } from '../shared/post-text';
import { ForumImagesService } from './forum-images.service';

const THANKS_NAMES = 10;

/** Whether the author may still delete their own post. */
export const withinDeleteWindow = (post: ForumPostEntity, now = Date.now()) =>
  now - post.createdAt.getTime() <= FORUM_AUTHOR_DELETE_MINUTES * 60_000;

export const mayEditPost = (actor: Principal, access: ForumAccess, post: ForumPostEntity) =>
  !post.deletedAt && (access.mayModerate || (post.authorId === actor.userId && !post.hiddenAt));

/** A hidden post's text is for moderators; to everyone else it reads like a deleted one. */
const concealed = (access: ForumAccess, post: ForumPostEntity) =>
  !!post.deletedAt || (!!post.hiddenAt && !access.mayModerate);

/**
 * Whether the viewer may know who wrote an anonymous post (or a thread, through its opening
 * post): its author and the forum's moderators; to other members its author is null.
 */
export const knowsAuthor = (actor: Principal, access: ForumAccess, post: { anonymous: boolean; authorId: string }) =>
  !post.anonymous || access.mayModerate || post.authorId === actor.userId;

export const mayDeletePost = (actor: Principal, access: ForumAccess, post: ForumPostEntity) =>
  !post.deletedAt && (access.mayModerate || (post.authorId === actor.userId && withinDeleteWindow(post)));

/** Posts as a viewer sees them: names as they are now, thanks, the quoted post, what they may do. */
@Injectable()
export class PostViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
    private readonly images: ForumImagesService,
  ) {}

  async view(
    actor: Principal,
    access: ForumAccess,
    thread: ForumThreadEntity,
    posts: ForumPostEntity[],
  ): Promise<ForumPost[]> {
    if (posts.length === 0) return [];
    const quoteIds = [...new Set(posts.map((post) => post.quotePostId).filter((id): id is string => !!id))];
    const quoted = quoteIds.length
      ? await this.dataSource.getRepository(ForumPostEntity).findBy({ id: In(quoteIds) })
      : [];
    const quotes = new Map(quoted.map((post) => [post.id, post]));
    const thanks = await this.thanks(posts.map((post) => post.id));
    const people = await this.directory.byIds([
      ...posts.flatMap((post) => [post.authorId, ...mentionedIds(post.bodyHtml)]),
      ...quoted.map((post) => post.authorId),
      // Only the first names shown: a well-thanked page would otherwise look up everyone who thanked.
      ...[...thanks.values()].flatMap((each) => each.userIds.slice(0, THANKS_NAMES)),
    ]);
    const names = new Map([...people.values()].map((person) => [person.id, person.fullName]));
    const ref = (id: string): UserRef => ({ id, fullName: names.get(id) ?? '' });
    const author = (each: ForumPostEntity) => (knowsAuthor(actor, access, each) ? ref(each.authorId) : null);
    return posts.map((post) => {
      const quote = post.quotePostId ? quotes.get(post.quotePostId) : undefined;
      const mayEdit = mayEditPost(actor, access, post);
      const postThanks = thanks.get(post.id);
      return {
        id: post.id,
        threadId: post.threadId,
        seq: post.seq,
        author: author(post),
        anonymous: post.anonymous,
        bodyHtml: concealed(access, post) ? '' : this.images.shown(showMentions(post.bodyHtml, names), actor.userId),
        bodyMarkdown: mayEdit ? post.bodyMarkdown : null,
        createdAt: post.createdAt.toISOString(),
        editedAt: post.editedAt?.toISOString() ?? null,
        deleted: post.deletedAt
          ? {
              at: post.deletedAt.toISOString(),
              byModerator: post.deletedBy !== post.authorId,
              reason: post.deleteReason,
            }
          : null,
        hidden: post.hiddenAt
          ? { at: post.hiddenAt.toISOString(), reason: access.mayModerate ? post.hideReason : null }
          : null,
        held: !!post.heldAt,
        quote:
          quote && !concealed(access, quote)
            ? { postId: quote.id, author: author(quote), excerpt: excerpt(quote.bodyText) }
            : null,
        thanks: {
          count: postThanks?.userIds.length ?? 0,
          byMe: postThanks?.userIds.includes(actor.userId) ?? false,
          names: (postThanks?.userIds ?? []).slice(0, THANKS_NAMES).map((id) => firstName(names.get(id) ?? '')),
        },
        isAnswer: thread.answerPostId === post.id && !post.deletedAt,
        mayEdit,
        mayDelete: mayDeletePost(actor, access, post),
      };
    });
  }

  async revisionViews(actor: Principal, revisions: ForumPostRevisionEntity[]): Promise<ForumPostRevision[]> {
    const people = await this.directory.byIds(
      revisions.flatMap((revision) => [revision.editorId, ...mentionedIds(revision.bodyHtml)]),
    );
    const names = new Map([...people.values()].map((person) => [person.id, person.fullName]));
    return revisions.map((revision) => ({
      bodyHtml: this.images.shown(showMentions(revision.bodyHtml, names), actor.userId),
      editedAt: revision.editedAt.toISOString(),
      editor: { id: revision.editorId, fullName: names.get(revision.editorId) ?? '' },
    }));
  }

  /** One post's thanks, as its count and names show after a change. */
  async thanksOf(actor: Principal, postId: string): Promise<PostThanks> {
    const userIds = (await this.thanks([postId])).get(postId)?.userIds ?? [];
    const people = await this.directory.byIds(userIds.slice(0, THANKS_NAMES));
    return {
      count: userIds.length,
      byMe: userIds.includes(actor.userId),
      names: userIds.slice(0, THANKS_NAMES).map((id) => firstName(people.get(id)?.fullName ?? '')),
    };
  }

  /** Who thanked each post, oldest first. */
  private async thanks(postIds: string[]): Promise<Map<string, { userIds: string[] }>> {
    const rows: { postId: string; userIds: string[] }[] = await this.dataSource.query(
      `SELECT post_id AS "postId", array_agg(user_id::text ORDER BY created_at, user_id) AS "userIds"
         FROM forum_thanks WHERE post_id = ANY($1::uuid[]) GROUP BY post_id`,
      [postIds],
    );
    return new Map(rows.map((row) => [row.postId, { userIds: row.userIds }]));
  }
}

const firstName = (fullName: string) => fullName.split(/\s+/)[0] ?? fullName;
