import { renderMarkdown } from '@bina-pustaka/api-platform';
import { FORUM_MENTION_SCHEME } from '@bina-pustaka/shared-contracts';
import sanitizeHtml from 'sanitize-html';

/**
 * Private-use characters mark what the server fills in later: a mention in stored HTML
 * (named with the person's current name when shown) and a search hit in a snippet. They
 * are removed from whatever people write, so nobody can forge one.
 */
const MENTION_OPEN = '\uE000';
const MENTION_CLOSE = '\uE001';
export const HIT_OPEN = '\uE002';
export const HIT_CLOSE = '\uE003';
const MARKERS = /[\uE000-\uE003]/g;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MENTION = new RegExp(`\\[@([^\\]\\n]{0,80})\\]\\(${FORUM_MENTION_SCHEME}([^)\\s]*)\\)`, 'g');
const MENTION_IN_HTML = new RegExp(`${MENTION_OPEN}([0-9a-f-]{36})${MENTION_CLOSE}`, 'g');

export interface RenderedPost {
  html: string;
  /** Plain text for search, snippets and quotes (mentions as "@Name" as written). */
  text: string;
  /** Ids of the people mentioned, once each. */
  mentions: string[];
  /** Mentions whose target is not an id at all. */
  malformedMentions: number;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * A post's Markdown to safe HTML through the lessons' sanitizer (images only from uploaded
 * files, `![alt](file:<id>)`); a mention becomes a marker holding only the person's id.
 */
export function renderPost(markdown: string): RenderedPost {
  const source = markdown.replace(MARKERS, '');
  const mentions = new Set<string>();
  let malformedMentions = 0;
  const withMarkers = source.replace(MENTION, (_whole, _name: string, id: string) => {
    const userId = id.toLowerCase();
    if (!UUID.test(userId)) {
      malformedMentions += 1;
      return '';
    }
    mentions.add(userId);
    return `${MENTION_OPEN}${userId}${MENTION_CLOSE}`;
  });
  // Images stay only as uploaded files (`file:<id>`, the sanitizer drops every other source).
  const html = renderMarkdown(withMarkers);
  const names = new Map<string, string>();
  for (const match of source.matchAll(MENTION)) names.set(match[2].toLowerCase(), match[1]);
  const blocks = html.replace(/<\/(p|li|h[2-4]|blockquote|pre|tr)>/g, '$&\n');
  const text = decodeEntities(sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} }))
    .replace(MENTION_IN_HTML, (_whole, id: string) => `@${names.get(id) ?? ''}`)
    .replace(/\n{2,}/g, '\n')
    .trim();
  return { html, text, mentions: [...mentions], malformedMentions };
}

/** Ids of the people a stored post mentions. */
export function mentionedIds(html: string): string[] {
  return [...html.matchAll(MENTION_IN_HTML)].map((match) => match[1]);
}

/** Stored HTML as shown: each mention named by the person's current name, as inert text. */
export function showMentions(html: string, names: ReadonlyMap<string, string>): string {
  return html.replace(
    MENTION_IN_HTML,
    (_whole, id: string) => `<strong class="mention">@${escapeHtml(names.get(id) ?? '?')}</strong>`,
  );
}

/** A ts_headline of plain text: escaped, with the hit markers turned into <mark>. */
export function snippetHtml(headline: string): string {
  return escapeHtml(headline).replaceAll(HIT_OPEN, '<mark>').replaceAll(HIT_CLOSE, '</mark>').replace(MARKERS, '');
}

/** The start of a post's text, for a quote. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
