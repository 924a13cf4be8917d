import { Global, Injectable, Module } from '@nestjs/common';

/**
 * What a link previewer (WhatsApp, Facebook, Telegram) reads of a page. They run no
 * script, so the tags must be in the HTML the server sends, not added by the client.
 */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's own address, absolute. */
  url: string;
  /** An absolute image address, or null for none. */
  image: string | null;
  /**
   * Same-origin addresses the page fetches first (its api answer): preloaded from the HTML, the
   * browser asks for them while the scripts load instead of after the page's chunks.
   */
  preload?: string[];
}

/** Answers for the client paths it knows (e.g. `/acara/:slug`), null for any other. */
export type PageMetaSource = (path: string) => Promise<PageMeta | null>;

/**
 * The domains' page descriptions for the web client's HTML: each domain registers a
 * source for its own public pages; the first that knows a path describes it.
 */
@Injectable()
export class PageMetaRegistryService {
  private readonly sources: PageMetaSource[] = [];

  register(source: PageMetaSource): void {
    this.sources.push(source);
  }

  async describe(path: string): Promise<PageMeta | null> {
    for (const source of this.sources) {
      const meta = await source(path);
      if (meta) return meta;
    }
    return null;
  }
}

/** Global, so a domain registers its source without importing anything. */
@Global()
@Module({ providers: [PageMetaRegistryService], exports: [PageMetaRegistryService] })
export class PageMetaModule {}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * index.html with the page's title, Open Graph tags and preloads (every value escaped: titles
 * are what people wrote). The client's own <title> is replaced; the tags go before </head>.
 */
export function withPageMeta(indexHtml: string, meta: PageMeta): string {
  const tag = (attribute: 'property' | 'name', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
  const tags = [
    tag('name', 'description', meta.description),
    tag('property', 'og:type', 'website'),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', meta.url),
    ...(meta.image ? [tag('property', 'og:image', meta.image)] : []),
    tag('name', 'twitter:card', meta.image ? 'summary_large_image' : 'summary'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    ...(meta.preload ?? []).map(
      (href) => `<link rel="preload" href="${escapeHtml(href)}" as="fetch" crossorigin="anonymous">`,
    ),
  ].join('\n    ');
  const title = `<title>${escapeHtml(meta.title)}</title>`;
  const titled = /<title>[\s\S]*?<\/title>/i.test(indexHtml)
    ? indexHtml.replace(/<title>[\s\S]*?<\/title>/i, () => title)
    : indexHtml.replace(/<\/head>/i, () => `${title}\n</head>`);
  return titled.replace(/<\/head>/i, () => `    ${tags}\n  </head>`);
}
