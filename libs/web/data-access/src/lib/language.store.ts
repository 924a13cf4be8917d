import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@bina-pustaka/shared-contracts';
import { firstValueFrom } from 'rxjs';

export const LANGUAGES = ['id', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LANGUAGE: Locale = 'id';
const STORAGE_KEY = 'bp-lang';

export function isLanguage(value: unknown): value is Locale {
  return LANGUAGES.includes(value as Locale);
}

/** The UI language: drives Transloco, <html lang>, Accept-Language and dates. */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly language = signal<Locale>(DEFAULT_LANGUAGE);
  readonly current = this.language.asReadonly();

  /** At start: the language chosen earlier on this device, else Indonesian. */
  async restore(): Promise<void> {
    const saved = readStorage();
    await this.use(isLanguage(saved) ? saved : DEFAULT_LANGUAGE);
  }

  async use(language: Locale): Promise<void> {
    // English is a lazy chunk: load it before switching so no key flashes untranslated.
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.language.set(language);
    this.document.documentElement.lang = language;
    writeStorage(language);
  }
}

// Storage can throw (private mode, disabled storage); the language then lasts for this visit.
function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStorage(language: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* see readStorage */
  }
}
