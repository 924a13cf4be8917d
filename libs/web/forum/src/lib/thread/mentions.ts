import { FORUM_MENTION_SCHEME, type UserRef } from '@bina-pustaka/shared-contracts';

/** The `@name` being typed right before the caret: where it starts and the letters so far. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  query: string;
}

/**
 * `@` at the start of a word followed by at least one letter, up to the caret. Names are
 * looked up by their first word: a space ends the query (the list then closes).
 */
const TYPED_MENTION = /(?:^|[\s([{"'])@(\p{L}[\p{L}\p{M}'.-]*)$/u;

export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const match = TYPED_MENTION.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1];
  return { start: caret - query.length - 1, query };
}

/**
 * Puts `[@Name](mention:<id>) ` in place of the typed `@query`, as the api reads mentions;
 * brackets in a name would end the link text early, so they are left out.
 */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  person: UserRef,
): { text: string; caret: number } {
  const name = person.fullName.replace(/[[\]]/g, '');
  const link = `[@${name}](${FORUM_MENTION_SCHEME}${person.id}) `;
  return { text: text.slice(0, mention.start) + link + text.slice(caret), caret: mention.start + link.length };
}

/** A post's text for a quote preview: the sanitized HTML read as plain text, shortened. */
export function excerptOf(html: string, max = 160): string {
  // DOMParser builds an inert document: nothing in it runs or loads.
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
