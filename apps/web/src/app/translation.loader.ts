import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { of, type Observable } from 'rxjs';
import id from '../i18n/id.json';

/**
 * Indonesian ships inside the main bundle, so the first paint needs no extra request.
 * English is a separate lazy chunk, fetched only when someone switches to it.
 */
@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  getTranslation(language: string): Observable<Translation> | Promise<Translation> {
    if (language === 'en') return import('../i18n/en.json').then((module) => module.default);
    return of(id);
  }
}
