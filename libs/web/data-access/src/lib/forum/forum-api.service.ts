import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ForumDigestSetting,
  ForumHome,
  ForumPost,
  ForumPostRevision,
  ForumSearchHit,
  ForumSummary,
  ForumThreadLinks,
  ForumThreadPage,
  Page,
  PostThanks,
  StoredFile,
  ThreadKind,
  ThreadSummary,
  UserRef,
} from '@bina-pustaka/shared-contracts';
import { map, type Observable } from 'rxjs';
import { seg, toParams } from '../learning/query-params';

export interface ThreadListQuery {
  page: number;
  pageSize: number;
  /** Only questions without a chosen answer. */
  unanswered?: boolean;
}

export interface NewThreadBody {
  kind: ThreadKind;
  title: string;
  bodyMarkdown: string;
  /** Only where the viewer may post anonymously (a focus group that allows it). */
  anonymous?: boolean;
}

export interface NewPostBody {
  bodyMarkdown: string;
  quotePostId?: string;
  anonymous?: boolean;
}

/** Full-text search; dates are whole WIB days (yyyy-mm-dd). */
export interface ForumSearchQuery {
  q: string;
  forumId?: string;
  authorId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize?: number;
}

/** The forums: categories, course forums, threads, posts, answers, thanks, read places and search. */
@Injectable({ providedIn: 'root' })
export class ForumApi {
  private readonly http = inject(HttpClient);

  home(): Observable<ForumHome> {
    return this.http.get<ForumHome>('/api/forums');
  }

  forum(forumId: string): Observable<ForumSummary> {
    return this.http.get<ForumSummary>(`/api/forums/${seg(forumId)}`);
  }

  courseForum(courseId: string): Observable<ForumSummary> {
    return this.http.get<ForumSummary>(`/api/forums/course/${seg(courseId)}`);
  }

  watchForum(forumId: string, watching: boolean): Observable<void> {
    return this.watch(`/api/forums/${seg(forumId)}/watch`, watching);
  }

  threads(forumId: string, query: ThreadListQuery): Observable<Page<ThreadSummary>> {
    // `unanswered=false` would mean the same as leaving it out: send it only when on.
    const { unanswered, ...rest } = query;
    return this.http.get<Page<ThreadSummary>>(`/api/forums/${seg(forumId)}/threads`, {
      params: toParams({ ...rest, unanswered: unanswered || undefined }),
    });
  }

  createThread(forumId: string, body: NewThreadBody): Observable<ForumThreadPage> {
    return this.http.post<ForumThreadPage>(`/api/forums/${seg(forumId)}/threads`, body);
  }

  /** One page of a thread's posts (50, oldest first); no page: the first. */
  thread(threadId: string, page?: number): Observable<ForumThreadPage> {
    return this.http.get<ForumThreadPage>(`/api/forum-threads/${seg(threadId)}`, { params: toParams({ page }) });
  }

  /** An image for a post in this forum (multipart: `forumId` first, then `file`); the post writes `![alt](file:<id>)`. */
  uploadImage(forumId: string, file: File): Observable<StoredFile> {
    const body = new FormData();
    body.append('forumId', forumId);
    body.append('file', file, file.name);
    return this.http.post<StoredFile>('/api/forum-images', body);
  }

  /** Threads this one links to and threads linking here (only those the viewer may read). */
  links(threadId: string): Observable<ForumThreadLinks> {
    return this.http.get<ForumThreadLinks>(`/api/forum-threads/${seg(threadId)}/links`);
  }

  renameThread(threadId: string, title: string): Observable<void> {
    return this.http.patch<void>(`/api/forum-threads/${seg(threadId)}`, { title });
  }

  reply(threadId: string, body: NewPostBody): Observable<ForumPost> {
    return this.http.post<ForumPost>(`/api/forum-threads/${seg(threadId)}/posts`, body);
  }

  /** Marks a reply as the question's answer; null takes the mark away. */
  markAnswer(threadId: string, postId: string | null): Observable<void> {
    const url = `/api/forum-threads/${seg(threadId)}/answer`;
    return postId === null ? this.http.delete<void>(url) : this.http.put<void>(url, { postId });
  }

  markRead(threadId: string, upToSeq: number): Observable<void> {
    return this.http.post<void>(`/api/forum-threads/${seg(threadId)}/read`, { upToSeq });
  }

  watchThread(threadId: string, watching: boolean): Observable<void> {
    return this.watch(`/api/forum-threads/${seg(threadId)}/watch`, watching);
  }

  editPost(postId: string, bodyMarkdown: string): Observable<ForumPost> {
    return this.http.patch<ForumPost>(`/api/forum-posts/${seg(postId)}`, { bodyMarkdown });
  }

  /** Soft delete; a moderator gives the reason (min 5 characters), an author may. */
  deletePost(postId: string, reason?: string): Observable<void> {
    return this.http.post<void>(`/api/forum-posts/${seg(postId)}/delete`, reason ? { reason } : {});
  }

  revisions(postId: string): Observable<ForumPostRevision[]> {
    return this.http.get<ForumPostRevision[]>(`/api/forum-posts/${seg(postId)}/revisions`);
  }

  thank(postId: string, thanked: boolean): Observable<PostThanks> {
    const url = `/api/forum-posts/${seg(postId)}/thanks`;
    return thanked ? this.http.put<PostThanks>(url, null) : this.http.delete<PostThanks>(url);
  }

  search(query: ForumSearchQuery): Observable<Page<ForumSearchHit>> {
    return this.http.get<Page<ForumSearchHit>>('/api/forum-search', { params: toParams(query) });
  }

  /** People who may read the forum, by name: the @mention autocomplete. */
  people(forumId: string, q: string): Observable<UserRef[]> {
    return this.http.get<UserRef[]>(`/api/forums/${seg(forumId)}/people`, { params: toParams({ q }) });
  }

  digestSetting(): Observable<ForumDigestSetting> {
    return this.http.get<ForumDigestSetting>('/api/forum-digest/setting');
  }

  updateDigestSetting(setting: ForumDigestSetting): Observable<ForumDigestSetting> {
    return this.http.put<ForumDigestSetting>('/api/forum-digest/setting', setting);
  }

  /** The digest mail's signed link: no sign-in needed. */
  unsubscribeDigest(token: string): Observable<void> {
    return this.http.post('/api/forum-digest/unsubscribe', null, { params: { token } }).pipe(map(() => undefined));
  }

  private watch(url: string, watching: boolean): Observable<void> {
    return (watching ? this.http.put(url, null) : this.http.delete(url)).pipe(map(() => undefined));
  }
}
