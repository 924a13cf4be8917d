import { HttpClient } from '@angular/common/http';
import { Injectable, effect, inject, signal } from '@angular/core';
import type { NotificationInbox } from '@bina-pustaka/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth.store';

/** How often the header asks for new notifications while the app is open. */
export const NOTIFICATION_POLL_MS = 60_000;
/** A navigation asks again when the last answer is older than this. */
const STALE_AFTER_MS = 10_000;

/**
 * The signed-in user's in-app notifications: the unread count for the header's badge,
 * refreshed on sign-in, every minute and when asked (e.g. after a navigation).
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private timer: ReturnType<typeof setInterval> | undefined;
  private fetchedAt = 0;

  readonly inbox = signal<NotificationInbox | null>(null);

  constructor() {
    effect(() => {
      clearInterval(this.timer);
      this.inbox.set(null);
      if (!this.auth.signedIn()) return;
      void this.refresh();
      this.timer = setInterval(() => void this.refresh(), NOTIFICATION_POLL_MS);
    });
  }

  /** After a navigation: news (a certificate just issued) shows without waiting for the poll. */
  async refreshIfStale(): Promise<void> {
    if (Date.now() - this.fetchedAt > STALE_AFTER_MS) await this.refresh();
  }

  async refresh(): Promise<void> {
    if (!this.auth.signedIn()) return;
    this.fetchedAt = Date.now();
    try {
      this.inbox.set(await firstValueFrom(this.http.get<NotificationInbox>('/api/me/notifications')));
    } catch {
      // A missed refresh only delays the badge; the next one tries again.
    }
  }

  async markAllRead(): Promise<void> {
    this.inbox.set(await firstValueFrom(this.http.post<NotificationInbox>('/api/me/notifications/read', {})));
  }
}
