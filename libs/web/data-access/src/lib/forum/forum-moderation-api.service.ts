import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ForumHeldPost,
  ForumModerationLogEntry,
  ForumModerationQueueItem,
  ForumReportOutcome,
  ForumReportReason,
  ForumReportReceipt,
  ForumSuspension,
  ModeratedForum,
  Page,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg, toParams } from '../learning/query-params';

/** A change to a thread by a moderator; a move needs a reason. */
export interface ThreadModeration {
  locked?: boolean;
  pinned?: boolean;
  forumId?: string;
  reason?: string;
}

export interface NewSuspension {
  userId: string;
  /** null: the whole community forum. */
  forumId: string | null;
  days: number;
  reason: string;
}

/** Reports, and the moderators' queue, actions, suspensions and log. */
@Injectable({ providedIn: 'root' })
export class ForumModerationApi {
  private readonly http = inject(HttpClient);

  report(postId: string, reason: ForumReportReason, details?: string): Observable<ForumReportReceipt> {
    return this.http.post<ForumReportReceipt>(`/api/forum-posts/${seg(postId)}/report`, {
      reason,
      ...(details ? { details } : {}),
    });
  }

  forums(): Observable<ModeratedForum[]> {
    return this.http.get<ModeratedForum[]>('/api/forum-moderation/forums');
  }

  queue(): Observable<ForumModerationQueueItem[]> {
    return this.http.get<ForumModerationQueueItem[]>('/api/forum-moderation/queue');
  }

  /** How many first posts of each member wait for approval in the forum (0: off). */
  setHoldFirstPosts(forumId: string, holdFirstPosts: number): Observable<ModeratedForum> {
    return this.http.put<ModeratedForum>(`/api/forum-moderation/forums/${seg(forumId)}/settings`, { holdFirstPosts });
  }

  held(): Observable<ForumHeldPost[]> {
    return this.http.get<ForumHeldPost[]>('/api/forum-moderation/held');
  }

  approve(postId: string): Observable<void> {
    return this.http.post<void>(`/api/forum-moderation/posts/${seg(postId)}/approve`, {});
  }

  reject(postId: string, reason: string): Observable<void> {
    return this.http.post<void>(`/api/forum-moderation/posts/${seg(postId)}/reject`, { reason });
  }

  setHidden(postId: string, hidden: boolean, reason: string): Observable<void> {
    return this.http.post<void>(`/api/forum-moderation/posts/${seg(postId)}/${hidden ? 'hide' : 'restore'}`, {
      reason,
    });
  }

  closeReports(postId: string, outcome: ForumReportOutcome, note?: string): Observable<void> {
    return this.http.post<void>(`/api/forum-moderation/posts/${seg(postId)}/close-reports`, {
      outcome,
      ...(note ? { note } : {}),
    });
  }

  moderateThread(threadId: string, change: ThreadModeration): Observable<void> {
    return this.http.patch<void>(`/api/forum-moderation/threads/${seg(threadId)}`, change);
  }

  suspensions(): Observable<ForumSuspension[]> {
    return this.http.get<ForumSuspension[]>('/api/forum-moderation/suspensions');
  }

  suspend(body: NewSuspension): Observable<ForumSuspension> {
    return this.http.post<ForumSuspension>('/api/forum-moderation/suspensions', body);
  }

  lift(suspensionId: string): Observable<void> {
    return this.http.delete<void>(`/api/forum-moderation/suspensions/${seg(suspensionId)}`);
  }

  log(page: number): Observable<Page<ForumModerationLogEntry>> {
    return this.http.get<Page<ForumModerationLogEntry>>('/api/forum-moderation/log', { params: toParams({ page }) });
  }
}
