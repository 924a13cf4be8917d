import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionItemPage,
  ActionItemStatus,
  FocusGroupDetail,
  FocusGroupRole,
  FocusGroupSessionMode,
  FocusGroupStatus,
  FocusGroupSummary,
  Page,
  UserRef,
} from '@bina-pustaka/shared-contracts';
import { type Observable, of, switchMap } from 'rxjs';
import { jsonErrorBody } from '../certificates/blob-error';
import { type DownloadedFile, FilesApi } from '../learning/files-api.service';
import { seg, toParams } from '../learning/query-params';

export interface FocusGroupListQuery {
  status?: FocusGroupStatus;
  page: number;
  pageSize: number;
}

/** createFocusGroupRequestSchema */
export interface NewFocusGroupBody {
  topic: string;
  purpose: string;
  allowAnonymous: boolean;
  facilitatorIds: string[];
  memberIds: string[];
}

export type FocusGroupPatch = Partial<{
  topic: string;
  purpose: string;
  allowAnonymous: boolean;
  status: FocusGroupStatus;
}>;

/** createFocusGroupSessionRequestSchema: an in-person session says where. */
export interface NewSessionBody {
  title: string;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  mode: FocusGroupSessionMode;
  location: string | null;
}

export type SessionPatch = Partial<Omit<NewSessionBody, 'mode'> & { cancelled: boolean }>;

export interface FindingBody {
  challenge: string;
  tag: string;
  raisedByCount: number;
  sessionId: string | null;
}

export type FindingPatch = Partial<FindingBody>;

export interface ActionItemBody {
  what: string;
  ownerId: string;
  /** YYYY-MM-DD */
  dueOn: string;
  findingId: string | null;
}

export type ActionItemPatch = Partial<ActionItemBody & { status: ActionItemStatus }>;

export interface ActionItemQuery {
  status?: ActionItemStatus;
  groupId?: string;
  /** Only those past due; left out when off. */
  overdue?: boolean;
  page: number;
  pageSize?: number;
}

/**
 * Focus groups (diskusi fokus): the groups, their people, sessions and notes, findings and
 * action items. Every change answers with the whole group as it now is: the api answers a
 * change of the group or its people with the group, and a change of a session, finding or
 * action item with that item, after which the group is read again.
 */
@Injectable({ providedIn: 'root' })
export class FocusGroupApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FilesApi);

  list(query: FocusGroupListQuery): Observable<Page<FocusGroupSummary>> {
    return this.http.get<Page<FocusGroupSummary>>('/api/focus-groups', { params: toParams(query) });
  }

  create(body: NewFocusGroupBody): Observable<FocusGroupDetail> {
    return this.http.post<FocusGroupDetail>('/api/focus-groups', body);
  }

  group(groupId: string): Observable<FocusGroupDetail> {
    return this.http.get<FocusGroupDetail>(this.url(groupId));
  }

  update(groupId: string, patch: FocusGroupPatch): Observable<FocusGroupDetail> {
    return this.answered(groupId, this.http.patch<FocusGroupDetail | null>(this.url(groupId), patch));
  }

  /** Active accounts by name, for the people pickers. */
  people(q: string): Observable<UserRef[]> {
    return this.http.get<UserRef[]>('/api/focus-groups/people', { params: toParams({ q }) });
  }

  addPeople(groupId: string, userIds: string[], role: FocusGroupRole): Observable<FocusGroupDetail> {
    return this.answered(
      groupId,
      this.http.post<FocusGroupDetail | null>(this.url(groupId, 'people'), { userIds, role }),
    );
  }

  changeRole(groupId: string, userId: string, role: FocusGroupRole): Observable<FocusGroupDetail> {
    return this.answered(
      groupId,
      this.http.patch<FocusGroupDetail | null>(this.url(groupId, 'people', userId), { role }),
    );
  }

  removePerson(groupId: string, userId: string): Observable<FocusGroupDetail> {
    return this.answered(groupId, this.http.delete<FocusGroupDetail | null>(this.url(groupId, 'people', userId)));
  }

  addSession(groupId: string, body: NewSessionBody): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.post(this.url(groupId, 'sessions'), body));
  }

  updateSession(groupId: string, sessionId: string, patch: SessionPatch): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.patch(this.url(groupId, 'sessions', sessionId), patch));
  }

  saveNotes(groupId: string, sessionId: string, notesMarkdown: string): Observable<FocusGroupDetail> {
    return this.thenGroup(
      groupId,
      this.http.put(`${this.url(groupId, 'sessions', sessionId)}/notes`, { notesMarkdown }),
    );
  }

  addFinding(groupId: string, body: FindingBody): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.post(this.url(groupId, 'findings'), body));
  }

  updateFinding(groupId: string, findingId: string, patch: FindingPatch): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.patch(this.url(groupId, 'findings', findingId), patch));
  }

  deleteFinding(groupId: string, findingId: string): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.delete(this.url(groupId, 'findings', findingId)));
  }

  addAction(groupId: string, body: ActionItemBody): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.post(this.url(groupId, 'actions'), body));
  }

  updateAction(groupId: string, actionId: string, patch: ActionItemPatch): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.patch(this.url(groupId, 'actions', actionId), patch));
  }

  deleteAction(groupId: string, actionId: string): Observable<FocusGroupDetail> {
    return this.thenGroup(groupId, this.http.delete(this.url(groupId, 'actions', actionId)));
  }

  /** Coordinators: the action items of every group. */
  actions(query: ActionItemQuery): Observable<ActionItemPage> {
    // `overdue=false` would mean the same as leaving it out: send it only when on.
    const { overdue, ...rest } = query;
    return this.http.get<ActionItemPage>('/api/focus-group-actions', {
      params: toParams({ ...rest, overdue: overdue || undefined }),
    });
  }

  /** The group's summary for the library's report (needs the token, so it comes as a blob to save). */
  summaryPdf(groupId: string): Observable<DownloadedFile> {
    return jsonErrorBody(
      this.files.download(`${this.url(groupId)}/summary.pdf`, `ringkasan-diskusi-fokus-${groupId.slice(0, 8)}.pdf`),
    );
  }

  /** A change answers with the whole group; should one answer 204 instead, the group is read again. */
  private answered(groupId: string, call: Observable<FocusGroupDetail | null>): Observable<FocusGroupDetail> {
    return call.pipe(switchMap((group) => (group ? of(group) : this.group(groupId))));
  }

  /** A change of one item (session, notes, finding, action item): then the whole group as it now is. */
  private thenGroup(groupId: string, call: Observable<unknown>): Observable<FocusGroupDetail> {
    return call.pipe(switchMap(() => this.group(groupId)));
  }

  private url(groupId: string, part?: string, id?: string): string {
    const base = `/api/focus-groups/${seg(groupId)}`;
    if (!part) return base;
    return id === undefined ? `${base}/${part}` : `${base}/${part}/${seg(id)}`;
  }
}
