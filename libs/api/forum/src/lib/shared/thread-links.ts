const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A thread page's path, as the web app routes it (APP_PATHS.forumThread). */
const THREAD_PATH = new RegExp(`^/forum/topik/(${UUID})(?:[/?#]|$)`, 'i');
const HREF = /<a\s[^>]*?href="([^"]*)"/g;
/** A bare path written in the text (not part of a longer address). */
const PATH_IN_TEXT = new RegExp(`(?<![\\w/.:-])/forum/topik/(${UUID})\\b`, 'gi');

/**
 * The threads a post links to: its links (Markdown or written addresses the renderer turned
 * into links) to `/forum/topik/<id>` on this site (relative, or under its public address),
 * and such paths written as text. Ids once each, lower case; other sites' links are not ours.
 */
export function linkedThreadIds(html: string, text: string, publicUrl: string): string[] {
  const ids = new Set<string>();
  for (const [, encoded] of html.matchAll(HREF)) {
    const href = encoded.replace(/&amp;/g, '&');
    const path = href.startsWith(`${publicUrl}/`) ? href.slice(publicUrl.length) : href;
    const match = path.startsWith('//') ? null : THREAD_PATH.exec(path);
    if (match) ids.add(match[1].toLowerCase());
  }
  for (const [, id] of text.matchAll(PATH_IN_TEXT)) ids.add(id.toLowerCase());
  return [...ids];
}
