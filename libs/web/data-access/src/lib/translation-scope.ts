import { inject } from '@angular/core';
import type { Route, Routes } from '@angular/router';
import { TranslocoService, provideTranslocoScope, type InlineLoader } from '@jsverse/transloco';
import { firstValueFrom, isObservable } from 'rxjs';
import type { Locale } from '@bina-pustaka/shared-contracts';

/** A feature's words per language, each its own lazy chunk: `{ id: () => import('./i18n/id.json'), … }`. */
export type ScopeTranslations = Record<Locale, InlineLoader[string]>;

/**
 * A feature's pages under one empty-path parent that provides its Transloco scope: its
 * words live in `<scope>.*` keys, in their own chunks, never in the main bundle. Each
 * page's chunk and the scope's words in the current language are fetched at the same time,
 * and the page is shown only when both are there, so no key ever shows (templates and
 * `translate()` alike) and neither download waits for the other. Route titles stay keys of
 * the main translations: the tab title is set before any scope loads.
 */
export function translationScopeRoute(scope: string, translations: ScopeTranslations, children: Routes): Route {
  return {
    path: '',
    // The alias is the scope's own name: Transloco would camel-case `event-door` to `eventDoor`.
    providers: [provideTranslocoScope({ scope, alias: scope, loader: translations })],
    children: children.map((child) => withScopeWords(child, scope, translations)),
  };
}

function withScopeWords(route: Route, scope: string, translations: ScopeTranslations): Route {
  const { loadComponent, children } = route;
  return {
    ...route,
    ...(loadComponent && {
      // The router runs loadComponent in the route's injection context (Angular ≥ 16).
      loadComponent: () => {
        const words = loadScope(scope, translations);
        const component = loadComponent();
        return Promise.all([isObservable(component) ? firstValueFrom(component) : component, words]).then(
          ([loaded]) => loaded,
        );
      },
    }),
    ...(children && { children: children.map((child) => withScopeWords(child, scope, translations)) }),
  };
}

/** The same request the scope's templates make (Transloco caches it by path), only earlier. */
function loadScope(scope: string, translations: ScopeTranslations): Promise<unknown> {
  const transloco = inject(TranslocoService);
  // Set before loading: the words are filed under the alias known when they arrive.
  transloco._setScopeAlias(scope, scope);
  const path = `${scope}/${transloco.getActiveLang()}`;
  const inlineLoader = Object.fromEntries(
    Object.entries(translations).map(([language, load]) => [`${scope}/${language}`, load]),
  );
  return firstValueFrom(transloco.load(path, { inlineLoader }));
}
