import { Location } from '@angular/common';

/**
 * Emailed links carry their secret in the fragment (`#token=…`), which never reaches a
 * server log. Take it, then remove it from the address bar and the history entry.
 */
export function takeFragmentToken(fragment: string | null, location: Location): string | null {
  const token = new URLSearchParams(fragment ?? '').get('token');
  if (fragment) location.replaceState(location.path(false));
  return token?.trim() || null;
}
