import type { Location } from '@angular/common';

/**
 * Email links carry their signed token in the fragment (`/acara/tiket#<token>`, or
 * `#token=<token>`), which browsers never send to a server. Take it, then remove it from
 * the address bar and the history entry, so it is neither shared nor left in history; the
 * page keeps it in memory only.
 */
export function takeFragmentToken(fragment: string | null, location: Location): string | null {
  if (!fragment) return null;
  location.replaceState(location.path(false));
  const token = (new URLSearchParams(fragment).get('token') ?? fragment).trim();
  // The api's eventTokenSchema: base64url parts joined by dots, bounded.
  return /^[A-Za-z0-9_.-]{20,400}$/.test(token) ? token : null;
}
