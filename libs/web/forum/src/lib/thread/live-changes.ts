import type { ForumLiveChange, ForumPost, ForumThread, ForumThreadPage } from '@bina-pustaka/shared-contracts';
import { pageOfSeq } from '../shared/thread-paging';

/**
 * What a live change does to the page shown: nothing (not on it, or already there, like
 * the reader's own reply), read the page again (a new reply that belongs on it, an edit,
 * a delete, another answer: each as the reader may see it comes from the api), read it
 * again and say what changed about the thread itself (locked, pinned, moved, renamed), a
 * reply on a later page (counted for "N balasan baru"), or the page with a new thanks count.
 */
export type LiveEffect =
  | { kind: 'none' }
  | { kind: 'reload' }
  | { kind: 'thread' }
  | { kind: 'later'; seq: number }
  | { kind: 'patch'; view: ForumThreadPage };

export function liveEffect(view: ForumThreadPage, change: ForumLiveChange): LiveEffect {
  const shown = (postId: string) =>
    view.posts.items.some((post) => post.id === postId) || view.thread.answer?.id === postId;
  switch (change.event) {
    case 'post.created': {
      const { postId, seq } = change.payload;
      if (shown(postId)) return { kind: 'none' };
      const page = pageOfSeq(seq);
      if (page === view.posts.page) return { kind: 'reload' };
      return page > view.posts.page ? { kind: 'later', seq } : { kind: 'none' };
    }
    case 'post.updated':
    case 'post.deleted':
      return shown(change.payload.postId) ? { kind: 'reload' } : { kind: 'none' };
    case 'answer.changed':
      return { kind: 'reload' };
    case 'thread.updated':
      return { kind: 'thread' };
    case 'thanks.changed': {
      const { postId, count } = change.payload;
      if (!shown(postId)) return { kind: 'none' };
      // The count only: whether the reader thanked it too stays as the api last said.
      const recount = (post: ForumPost): ForumPost =>
        post.id === postId ? { ...post, thanks: { ...post.thanks, count } } : post;
      const answer = view.thread.answer && recount(view.thread.answer);
      return {
        kind: 'patch',
        view: { thread: { ...view.thread, answer }, posts: { ...view.posts, items: view.posts.items.map(recount) } },
      };
    }
  }
}

/** One sentence a screen reader hears about the thread's own change (`forum.thread.live.*`). */
export interface ThreadNotice {
  key: string;
  params?: Record<string, string>;
}

/** What changed about the thread between two reads of it, in the order the page shows it. */
export function threadNotices(before: ForumThread, after: ForumThread): ThreadNotice[] {
  const notices: ThreadNotice[] = [];
  if (before.locked !== after.locked)
    notices.push({ key: after.locked ? 'forum.thread.live.locked' : 'forum.thread.live.unlocked' });
  if (before.pinned !== after.pinned)
    notices.push({ key: after.pinned ? 'forum.thread.live.pinned' : 'forum.thread.live.unpinned' });
  if (before.forum.id !== after.forum.id)
    notices.push({ key: 'forum.thread.live.moved', params: { forum: after.forum.title } });
  if (before.title !== after.title) notices.push({ key: 'forum.thread.live.renamed', params: { title: after.title } });
  return notices;
}
