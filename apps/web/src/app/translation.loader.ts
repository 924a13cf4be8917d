import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { of, throwError, type Observable } from 'rxjs';
import id from '../i18n/id.json';

/**
 * The main translations: only what the shell and the first screens (sign-in, home) say.
 * Indonesian ships inside the main bundle, so the first paint needs no extra request;
 * English is a separate lazy chunk, fetched only when someone switches to it. Each
 * feature's words come with its routes (a Transloco scope with its own loader, see
 * `translationScopeRoute`), so a scope path such as `learning/en` never reaches this loader.
 */
@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  getTranslation(path: string): Observable<Translation> | Promise<Translation> {
    if (path === 'id') return of(id);
    if (path === 'en') return import('../i18n/en.json').then((module) => module.default);
    return throwError(() => new Error(`No main translations for "${path}"`));
  }
}
