import { FORUM_POSTS_PAGE_SIZE } from '@bina-pustaka/shared-contracts';

/** The page of a thread that holds a post (posts are numbered from 1, 50 a page). */
export const pageOfSeq = (seq: number): number => Math.ceil(seq / FORUM_POSTS_PAGE_SIZE);
