import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Images in lessons are uploaded files, written `![alt](file:<id>)` in the Markdown. */
const FILE_IMAGE_SOURCE = new RegExp(`^file:${UUID}$`);
const FILE_IMAGE_IN_HTML = new RegExp(`src="file:(${UUID})"`, 'g');

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// markdown-it refuses every file: address; ours name an uploaded file and are resolved later.
const acceptsLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => FILE_IMAGE_SOURCE.test(url) || acceptsLink(url);

/**
 * Markdown to HTML that is safe to show: raw HTML is not allowed in the source, and the
 * output is sanitized again (allow-list of tags, links only to http(s) and mail, images
 * only from uploaded files, headings shifted below the page's own title).
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), {
    allowedTags: [
      'p',
      'br',
      'h2',
      'h3',
      'h4',
      'strong',
      'em',
      'ul',
      'ol',
      'li',
      'blockquote',
      'code',
      'pre',
      'a',
      'img',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'hr',
    ],
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['file'] },
    allowProtocolRelative: false,
    exclusiveFilter: (frame) => frame.tag === 'img' && !FILE_IMAGE_SOURCE.test(frame.attribs['src'] ?? ''),
    transformTags: {
      h1: 'h2',
      h2: 'h3',
      h3: 'h4',
      h4: 'h4',
      h5: 'h4',
      h6: 'h4',
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
    },
  });
}

/** Ids of the uploaded images a rendered body shows. */
export function imageFileIds(html: string): string[] {
  return [...html.matchAll(FILE_IMAGE_IN_HTML)].map((match) => match[1]);
}

/** Replaces `file:<id>` image sources by the addresses the viewer may load. */
export function resolveImageSources(html: string, urlFor: (fileId: string) => string): string {
  return html.replace(FILE_IMAGE_IN_HTML, (_whole, id: string) => `src="${urlFor(id).replace(/&/g, '&amp;')}"`);
}
