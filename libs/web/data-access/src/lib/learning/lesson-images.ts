/**
 * Images inside a text lesson. The api's sanitizer lets only uploaded files through, which
 * reach the page as our own signed links: `/api/files/<id>/content?u=…&expires=…&signature=…`.
 */
const OWN_FILE_LINK = /^\/api\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/content(?:\?|$)/;

/** An image of a lesson body: the uploaded file and the link signed for this viewer. */
export interface BodyImage {
  id: string;
  url: string;
}

/** The uploaded images a rendered lesson body shows, once each; anything else is left out. */
export function bodyImages(html: string): BodyImage[] {
  const images = new Map<string, BodyImage>();
  for (const img of inert(html).content.querySelectorAll('img')) {
    const url = img.getAttribute('src') ?? '';
    const id = OWN_FILE_LINK.exec(url)?.[1];
    if (id && !images.has(id)) images.set(id, { id, url });
  }
  return [...images.values()];
}

/**
 * The body with the images `sourceOf` knows shown from there instead (a copy on this
 * device); the others keep their signed link. Unchanged when there is nothing to replace.
 */
export function withImageSources(html: string, sourceOf: (fileId: string) => string | undefined): string {
  const body = inert(html);
  let replaced = false;
  for (const img of body.content.querySelectorAll('img')) {
    const id = OWN_FILE_LINK.exec(img.getAttribute('src') ?? '')?.[1];
    const source = id ? sourceOf(id) : undefined;
    if (source) {
      img.setAttribute('src', source);
      replaced = true;
    }
  }
  return replaced ? body.innerHTML : html;
}

/** An inert copy of the body: a template's content neither loads images nor runs anything. */
function inert(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template;
}
