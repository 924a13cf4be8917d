import type { Locale } from '@bina-pustaka/shared-contracts';

/** Message templates by key; `{name}` is replaced by the parameter of that name. */
export type MessageCatalog = Record<string, string>;

const catalogs: Record<Locale, MessageCatalog> = { id: {}, en: {} };

/**
 * Each domain adds its own messages at import time. Both languages must define the same
 * keys; a unit test per domain checks that.
 */
export function registerMessages(messages: Record<Locale, MessageCatalog>): void {
  Object.assign(catalogs.id, messages.id);
  Object.assign(catalogs.en, messages.en);
}

export function hasMessage(key: string): boolean {
  return key in catalogs.id;
}

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key] ?? catalogs.id[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Indonesian unless the client clearly prefers English. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}
