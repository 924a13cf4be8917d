import { DestroyRef, inject, signal, type Signal } from '@angular/core';

/** A signal that follows a CSS media query; call it in an injection context. */
export function mediaQuery(query: string): Signal<boolean> {
  if (typeof matchMedia !== 'function') return signal(false).asReadonly();
  const list = matchMedia(query);
  const matches = signal(list.matches);
  const onChange = (event: MediaQueryListEvent) => matches.set(event.matches);
  list.addEventListener('change', onChange);
  inject(DestroyRef).onDestroy(() => list.removeEventListener('change', onChange));
  return matches.asReadonly();
}

/** The layout switches from phone to desktop here (also in the CSS). */
export const WIDE_SCREEN = '(min-width: 48em)';
