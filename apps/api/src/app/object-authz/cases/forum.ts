import type { World } from '../world';
import { bAnd, STAFF, type ObjectCase } from './object-case';

const forum = { object: (w: World) => w.b.forumId };
const thread = { object: (w: World) => w.b.threadId };
const post = { object: (w: World) => w.b.postId };
/** Course B's forum is read and written by its members: learnerB, its trainer (trainerB) and the staff. */
const MEMBERS = bAnd('learnerB', 'trainerB');
/** It is moderated by the course's trainer and the staff. */
const MODERATORS = bAnd('trainerB');

export const FORUM_CASES: ObjectCase[] = [
  { route: 'GET /api/forums/course/:courseId', object: (w) => w.b.course.id, allowed: MEMBERS },
  { route: 'GET /api/forums/:forumId', ...forum, allowed: MEMBERS },
  { route: 'PUT /api/forums/:forumId/watch', ...forum, allowed: MEMBERS },
  { route: 'DELETE /api/forums/:forumId/watch', ...forum, allowed: MEMBERS },
  { route: 'GET /api/forums/:forumId/threads', ...forum, allowed: MEMBERS },
  {
    route: 'POST /api/forums/:forumId/threads',
    ...forum,
    body: () => ({ title: 'Pengalaman memakai RDA', bodyMarkdown: 'Apa kendala Anda saat beralih ke RDA?' }),
    allowed: MEMBERS,
  },
  { route: 'GET /api/forums/:forumId/people', ...forum, query: 'q=Bu', allowed: MEMBERS },
  { route: 'GET /api/forum-threads/:threadId', ...thread, allowed: MEMBERS },
  { route: 'GET /api/forum-threads/:threadId/links', ...thread, allowed: MEMBERS },
  // The thread's author (learnerB) renames it; moderators too.
  {
    route: 'PATCH /api/forum-threads/:threadId',
    ...thread,
    body: () => ({ title: 'Cara menyiangi koleksi lama' }),
    allowed: bAnd('learnerB', 'trainerB'),
  },
  {
    route: 'POST /api/forum-threads/:threadId/posts',
    ...thread,
    body: () => ({ bodyMarkdown: 'Terima kasih.' }),
    allowed: MEMBERS,
  },
  {
    route: 'PUT /api/forum-threads/:threadId/answer',
    ...thread,
    body: (w) => ({ postId: w.b.postId }),
    allowed: bAnd('learnerB', 'trainerB'),
  },
  { route: 'DELETE /api/forum-threads/:threadId/answer', ...thread, allowed: bAnd('learnerB', 'trainerB') },
  { route: 'POST /api/forum-threads/:threadId/read', ...thread, body: () => ({ upToSeq: 1 }), allowed: MEMBERS },
  { route: 'PUT /api/forum-threads/:threadId/watch', ...thread, allowed: MEMBERS },
  { route: 'DELETE /api/forum-threads/:threadId/watch', ...thread, allowed: MEMBERS },
  // trainerB's post: its author or a moderator edits it (the text before is kept); moderators remove it.
  {
    route: 'PATCH /api/forum-posts/:postId',
    ...post,
    body: () => ({ bodyMarkdown: 'Mulai dari yang rusak.' }),
    allowed: MODERATORS,
  },
  {
    route: 'POST /api/forum-posts/:postId/delete',
    ...post,
    body: () => ({ reason: 'Uji akses hapus.' }),
    allowed: MODERATORS,
    destructive: true,
  },
  // A post's earlier texts: moderators only.
  { route: 'GET /api/forum-posts/:postId/revisions', ...post, allowed: MODERATORS },
  { route: 'PUT /api/forum-posts/:postId/thanks', ...post, allowed: MEMBERS },
  { route: 'DELETE /api/forum-posts/:postId/thanks', ...post, allowed: MEMBERS },
  { route: 'POST /api/forum-posts/:postId/report', ...post, body: () => ({ reason: 'spam' }), allowed: MEMBERS },
  // Moderation of course B's forum.
  {
    route: 'PUT /api/forum-moderation/forums/:forumId/settings',
    ...forum,
    body: () => ({ holdFirstPosts: 0 }),
    allowed: MODERATORS,
  },
  // B's post is not held: past the access rules approving it is a 409.
  { route: 'POST /api/forum-moderation/posts/:postId/approve', ...post, allowed: MODERATORS },
  {
    route: 'POST /api/forum-moderation/posts/:postId/reject',
    ...post,
    body: () => ({ reason: 'Uji akses tolak.' }),
    allowed: MODERATORS,
    destructive: true,
  },
  {
    route: 'POST /api/forum-moderation/posts/:postId/hide',
    ...post,
    body: () => ({ reason: 'Uji akses sembunyi.' }),
    allowed: MODERATORS,
    destructive: true,
  },
  {
    route: 'POST /api/forum-moderation/posts/:postId/restore',
    ...post,
    body: () => ({ reason: 'Uji akses pulih.' }),
    allowed: MODERATORS,
  },
  {
    route: 'POST /api/forum-moderation/posts/:postId/close-reports',
    ...post,
    body: () => ({ outcome: 'dismissed' }),
    allowed: MODERATORS,
  },
  {
    route: 'PATCH /api/forum-moderation/threads/:threadId',
    ...thread,
    body: () => ({ pinned: false }),
    allowed: MODERATORS,
  },
  // Moving B's thread into A's course forum takes moderating both: trainerB moderates only B's, trainerA only A's.
  {
    route: 'PATCH /api/forum-moderation/threads/:threadId',
    via: "B's thread, moved into A's course forum",
    ...thread,
    body: (w) => ({ forumId: w.a.forumId, reason: 'Lebih cocok di forum kursus ini.' }),
    allowed: STAFF,
    destructive: true,
  },
  {
    route: 'DELETE /api/forum-moderation/suspensions/:suspensionId',
    object: (w) => w.b.suspensionId,
    allowed: MODERATORS,
    destructive: true,
  },
];
