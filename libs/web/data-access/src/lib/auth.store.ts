import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { APP_PATHS, appLink, type CurrentUser, type Role, type SignedIn } from '@bina-pustaka/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from './api-error';
import { ACCOUNT_DELETED_PARAM, RETURN_URL_PARAM } from './app-paths';
import { LanguageStore } from './language.store';
import { clearOfflineData, forgetUser, rememberUser, rememberedUser } from './offline/offline-data';
import { hasAnyRole } from './roles';

export const AUTH_API = {
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  acceptInvitation: '/api/auth/invitations/accept',
} as const;

/** Refresh this long before the access token expires, so requests never carry a stale one. */
export const REFRESH_LEAD_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;
/** Set while this device holds a session: lets anonymous visits skip a refresh call that can only fail. */
const SESSION_HINT_KEY = 'bp-session';
const REFRESH_LOCK = 'bp-refresh';
/** Back online, the session is asked again this often until the server answers (the network may take a moment). */
const RECONNECT_RETRY_MS = 5_000;
/** Signing out waits at most this long for what the device still has to send (queued progress). */
const SIGN_OUT_SEND_MS = 3_000;

export interface AcceptInvitationBody {
  token: string;
  fullName: string;
  password: string;
  nip?: string | null;
  position?: string | null;
}

/**
 * The session of this tab: the access token lives only in memory; the refresh token is an
 * httpOnly cookie the browser sends to /api/auth. One refresh at a time per tab, and
 * across tabs through the Web Locks API, because each refresh rotates the cookie.
 *
 * Opened without a connection, the app cannot refresh: it then knows who signed in on this
 * device last (no token) so saved lessons can be read, and refreshes when the connection returns.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageStore);

  private readonly session = signal<SignedIn | null>(null);
  /** Who signed in last on this device, while the session cannot be refreshed for want of a connection. */
  private readonly offlineUser = signal<CurrentUser | null>(null);
  private refreshInFlight: Promise<boolean> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly document = inject(DOCUMENT);
  private lastRefreshUnreachable = false;
  private readonly signOutTasks = new Set<() => Promise<unknown>>();

  readonly user = computed(() => this.session()?.user ?? this.offlineUser());
  readonly accessToken = computed(() => this.session()?.accessToken ?? null);
  readonly signedIn = computed(() => this.session() !== null || this.offlineUser() !== null);
  /** Signed in on this device but without a session yet: the server could not be reached. */
  readonly waitingForConnection = computed(() => this.session() === null && this.offlineUser() !== null);
  readonly roles = computed<readonly Role[]>(() => this.user()?.roles ?? []);

  hasAnyRole(roles: readonly Role[]): boolean {
    return hasAnyRole(this.roles(), roles);
  }

  constructor() {
    this.document.defaultView?.addEventListener('online', () => void this.reconnect());
  }

  /** App start: silently restore the session from the refresh cookie, if this device had one. */
  async restore(): Promise<void> {
    if (!readHint()) return;
    const restored = await this.refresh();
    if (restored) await this.applyUserLanguage();
    else if (this.lastRefreshUnreachable) this.offlineUser.set(rememberedUser());
  }

  /** The connection is back: an offline session becomes a real one (or ends, if the server ended it). */
  async reconnect(): Promise<void> {
    clearTimeout(this.reconnectTimer);
    if (!this.waitingForConnection()) return;
    if (await this.refresh()) return;
    if (!this.signedIn()) return this.expire();
    const window = this.document.defaultView;
    if (window?.navigator.onLine) this.reconnectTimer = setTimeout(() => void this.reconnect(), RECONNECT_RETRY_MS);
  }

  /**
   * Work to finish before signing out while the token is still valid (sending queued
   * progress); signing out waits for it a few seconds at most. Returns the unregister function.
   */
  beforeSignOut(task: () => Promise<unknown>): () => void {
    this.signOutTasks.add(task);
    return () => this.signOutTasks.delete(task);
  }

  async signIn(email: string, password: string): Promise<void> {
    this.start(await firstValueFrom(this.http.post<SignedIn>(AUTH_API.login, { email, password })));
    await this.applyUserLanguage();
  }

  async acceptInvitation(body: AcceptInvitationBody): Promise<void> {
    this.start(await firstValueFrom(this.http.post<SignedIn>(AUTH_API.acceptInvitation, body)));
    await this.applyUserLanguage();
  }

  /** Resolves true with a fresh access token, false when the session is gone. Never rejects. */
  refresh(): Promise<boolean> {
    this.refreshInFlight ??= this.refreshOnce().finally(() => (this.refreshInFlight = null));
    return this.refreshInFlight;
  }

  async signOut(): Promise<void> {
    if (this.signOutTasks.size > 0) await this.finishBeforeSignOut();
    try {
      await firstValueFrom(this.http.post<void>(AUTH_API.logout, null));
    } catch {
      // Signing out locally matters more than telling the server; its cookie expires anyway.
    }
    this.clear();
    // Another person may use this phone next: none of this person's learning stays on it.
    await clearOfflineData();
    await this.router.navigateByUrl(appLink(APP_PATHS.signIn));
  }

  /**
   * The person deleted their account: the server already ended every session, so nothing is
   * asked of it; this device forgets them and the sign-in page (where a signed-out visitor's
   * home leads) says the account is gone.
   */
  async forgetDeletedAccount(): Promise<void> {
    this.clear();
    await clearOfflineData();
    await this.router.navigate([appLink(APP_PATHS.signIn)], { queryParams: { [ACCOUNT_DELETED_PARAM]: '1' } });
  }

  /** The session ended on the server (refresh refused): back to sign-in, then return here. */
  async expire(): Promise<void> {
    this.clear();
    const returnUrl = this.router.url;
    if (returnUrl.startsWith(appLink(APP_PATHS.signIn))) return;
    await this.router.navigate([appLink(APP_PATHS.signIn)], {
      queryParams: returnUrl !== '/' ? { [RETURN_URL_PARAM]: returnUrl } : {},
    });
  }

  /** After PATCH /api/me: keep the header and guards in step with the saved profile. */
  updateUser(user: CurrentUser): void {
    this.session.update((session) => (session ? { ...session, user } : session));
    rememberUser(user);
  }

  private async finishBeforeSignOut(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tasks = Promise.allSettled([...this.signOutTasks].map((task) => task()));
    await Promise.race([tasks, new Promise((resolve) => (timer = setTimeout(resolve, SIGN_OUT_SEND_MS)))]);
    clearTimeout(timer);
  }

  private async refreshOnce(): Promise<boolean> {
    const run = () => this.requestRefresh();
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request(REFRESH_LOCK, run) : run();
  }

  private async requestRefresh(): Promise<boolean> {
    this.lastRefreshUnreachable = false;
    try {
      this.start(await firstValueFrom(this.http.post<SignedIn>(AUTH_API.refresh, null)));
      return true;
    } catch (error) {
      this.lastRefreshUnreachable = toApiFailure(error).status === 0;
      // 401: the cookie is gone or spent. Anything else (offline, 5xx): keep what we have;
      // the next request that gets a 401 tries again.
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.clear();
        return false;
      }
      const session = this.session();
      if (session && isExpired(session) && this.lastRefreshUnreachable) {
        // The token ran out while the phone had no connection: stay signed in, without a token.
        this.session.set(null);
        this.offlineUser.set(session.user);
      }
      return this.session() !== null && !isExpired(this.session());
    }
  }

  private start(signedIn: SignedIn): void {
    rememberUser(signedIn.user);
    this.session.set(signedIn);
    this.offlineUser.set(null);
    writeHint(true);
    this.scheduleRefresh(signedIn.accessTokenExpiresAt);
  }

  private clear(): void {
    clearTimeout(this.refreshTimer);
    this.session.set(null);
    this.offlineUser.set(null);
    forgetUser();
    writeHint(false);
  }

  private scheduleRefresh(expiresAt: string): void {
    clearTimeout(this.refreshTimer);
    const delay = Math.max(new Date(expiresAt).getTime() - Date.now() - REFRESH_LEAD_MS, MIN_REFRESH_DELAY_MS);
    this.refreshTimer = setTimeout(() => {
      void this.refresh().then((ok) => (ok || this.waitingForConnection() ? undefined : this.expire()));
    }, delay);
  }

  /** Signed in: the language saved in the profile wins over this device's choice. */
  private async applyUserLanguage(): Promise<void> {
    const locale = this.user()?.locale;
    if (locale && locale !== this.language.current()) await this.language.use(locale);
  }
}

function isExpired(session: SignedIn | null): boolean {
  return !session || new Date(session.accessTokenExpiresAt).getTime() <= Date.now();
}

function readHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return true; // no storage: just try the refresh
  }
}

function writeHint(present: boolean): void {
  try {
    if (present) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    /* storage unavailable: restore() then always tries */
  }
}
