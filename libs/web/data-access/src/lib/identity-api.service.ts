import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CurrentUser,
  Institution,
  InvitationPreview,
  Locale,
  PublicSettings,
} from '@bina-pustaka/shared-contracts';
import { type Observable, tap } from 'rxjs';
import { AuthStore } from './auth.store';

export interface MessageResponse {
  message: string;
}

export interface RegisterBody {
  email: string;
  fullName: string;
  institutionId?: string | null;
}

export interface UpdateProfileBody {
  fullName?: string;
  nip?: string | null;
  position?: string | null;
  locale?: Locale;
}

/** Calls of the identity api that do not change who is signed in (AuthStore does those). */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);

  publicSettings(): Observable<PublicSettings> {
    return this.http.get<PublicSettings>('/api/settings/public');
  }

  forgotPassword(email: string): Observable<MessageResponse> {
    return this.http.post<MessageResponse>('/api/auth/password/forgot', { email });
  }

  resetPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password/reset', { token, password });
  }

  previewInvitation(token: string): Observable<InvitationPreview> {
    return this.http.post<InvitationPreview>('/api/auth/invitations/preview', { token });
  }

  register(body: RegisterBody): Observable<MessageResponse> {
    return this.http.post<MessageResponse>('/api/auth/register', body);
  }

  /** Saves the profile and shows the saved version everywhere (header, greeting). */
  updateMe(body: UpdateProfileBody): Observable<CurrentUser> {
    return this.http.patch<CurrentUser>('/api/me', body).pipe(tap((user) => this.auth.updateUser(user)));
  }

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.put<void>('/api/me/password', { currentPassword, newPassword });
  }

  institutions(): Observable<Institution[]> {
    return this.http.get<Institution[]>('/api/institutions');
  }
}
