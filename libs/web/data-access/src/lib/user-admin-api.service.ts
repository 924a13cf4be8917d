import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  InvitationStatus,
  InvitationSummary,
  Page,
  Role,
  UserStatus,
  UserSummary,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';

export interface UserListQuery {
  q?: string;
  role?: Role;
  status?: UserStatus;
  page: number;
  pageSize: number;
}

export interface InvitationListQuery {
  status?: InvitationStatus;
  page: number;
  pageSize: number;
}

export interface InviteUserBody {
  email: string;
  fullName: string;
  roles: Role[];
  institutionId?: string | null;
}

/** Users and invitations, for admins and coordinators. */
@Injectable({ providedIn: 'root' })
export class UserAdminApi {
  private readonly http = inject(HttpClient);

  listUsers(query: UserListQuery): Observable<Page<UserSummary>> {
    return this.http.get<Page<UserSummary>>('/api/users', { params: toParams(query) });
  }

  setRoles(userId: string, roles: Role[]): Observable<UserSummary> {
    return this.http.put<UserSummary>(`/api/users/${encodeURIComponent(userId)}/roles`, { roles });
  }

  setStatus(userId: string, status: UserStatus): Observable<UserSummary> {
    const action = status === 'active' ? 'enable' : 'disable';
    return this.http.post<UserSummary>(`/api/users/${encodeURIComponent(userId)}/${action}`, null);
  }

  invite(body: InviteUserBody): Observable<InvitationSummary> {
    return this.http.post<InvitationSummary>('/api/invitations', body);
  }

  listInvitations(query: InvitationListQuery): Observable<Page<InvitationSummary>> {
    return this.http.get<Page<InvitationSummary>>('/api/invitations', { params: toParams(query) });
  }

  resendInvitation(invitationId: string): Observable<InvitationSummary> {
    return this.http.post<InvitationSummary>(`/api/invitations/${encodeURIComponent(invitationId)}/resend`, null);
  }

  revokeInvitation(invitationId: string): Observable<void> {
    return this.http.delete<void>(`/api/invitations/${encodeURIComponent(invitationId)}`);
  }
}

/** Leaves out empty filters: the api rejects an empty `role=`. */
function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
