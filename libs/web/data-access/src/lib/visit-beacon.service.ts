import { Injectable, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

/** The api's page-view counter (libs/api/reporting README: the method). */
export const VISITS_API = '/api/visits';

/**
 * The path of a router URL, all the api needs: no query, no fragment (sign-in and guest
 * tokens live there), no matrix parameters. Never anything more.
 */
export function visitPath(url: string): string {
  return url.split(/[?#;]/)[0].slice(0, 300) || '/';
}

/**
 * Reports each page the shell shows to the api's own counter: no third-party script, no
 * cookie of its own. A beacon does not wait for an answer, so it never slows a page; a
 * change of only the query or fragment (a filter, a tab) is the same page, not a new view.
 */
@Injectable({ providedIn: 'root' })
export class VisitBeaconService {
  private readonly router = inject(Router);
  private started = false;
  private lastPath: string | null = null;

  start(): void {
    if (this.started) return;
    this.started = true;
    this.router.events.subscribe((event) => {
      if (event instanceof NavigationEnd) this.send(visitPath(event.urlAfterRedirects));
    });
  }

  private send(path: string): void {
    if (path === this.lastPath) return;
    this.lastPath = path;
    const body = JSON.stringify({ path });
    if (this.beacon(body)) return;
    // No beacon (or the browser refused to queue it): a fetch that outlives the page.
    fetch(VISITS_API, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
      keepalive: true,
    }).catch(() => undefined);
  }

  /** True when queued; a blocked beacon (an extension, a policy) counts as none. */
  private beacon(body: string): boolean {
    try {
      return navigator.sendBeacon?.(VISITS_API, new Blob([body], { type: 'application/json' })) ?? false;
    } catch {
      return false;
    }
  }
}
