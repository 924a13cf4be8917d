import type { LearnerLesson } from '@bina-pustaka/shared-contracts';
import { LESSON_FILES_CACHE } from '../offline/offline-data';
import { lessonUrl } from './learner-api.service';
import { OfflineLessons } from './offline-lessons';

const LESSON = '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const IMAGE = '0f6a4b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
const signed = (id: string, viewer = 'u1', expires = 1) =>
  `/api/files/${id}/content?u=${viewer}&expires=${expires}&signature=abc`;
const body = (...sources: string[]) =>
  sources.map((src) => `<p><img src="${src.replace(/&/g, '&amp;')}" alt="Rak"></p>`).join('');

/** What the tests need of a Response kept in a cache. */
interface Kept {
  status: number;
  blob(): Promise<Blob>;
  json(): Promise<unknown>;
}
const kept = (content: unknown, status = 200): Kept => ({
  status,
  blob: async () => new Blob([JSON.stringify(content)]),
  json: async () => content,
});

/** The browser's CacheStorage, in memory: named caches of responses by address. */
class FakeCaches {
  readonly named = new Map<string, Map<string, Kept>>();
  async open(name: string) {
    const entries = this.named.get(name) ?? new Map<string, Kept>();
    this.named.set(name, entries);
    return {
      match: async (key: string) => entries.get(key),
      put: async (key: string, response: Kept) => void entries.set(key, response),
    };
  }
  async match(key: string) {
    for (const entries of this.named.values()) if (entries.has(key)) return entries.get(key);
    return undefined;
  }
}

const textLesson = (bodyHtml: string) => ({ lesson: { id: LESSON, kind: 'text', bodyHtml } }) as LearnerLesson;

describe('OfflineLessons: images inside a text lesson', () => {
  const realFetch = globalThis.fetch;
  let fakeCaches: FakeCaches;
  let fetched: jest.Mock;
  let offline: OfflineLessons;
  const savedKeys = () => [...(fakeCaches.named.get(LESSON_FILES_CACHE)?.keys() ?? [])];
  /** The service worker kept the lesson's response (ngsw data group "lessons"). */
  const workerKeeps = (data: LearnerLesson) =>
    fakeCaches.named.set('ngsw:/:1:data:lessons:cache', new Map([[lessonUrl(LESSON), kept(data)]]));

  beforeEach(() => {
    fakeCaches = new FakeCaches();
    fetched = jest.fn(async (url: string) => kept(`bytes of ${url.split('?')[0]}`));
    Object.assign(globalThis, { caches: fakeCaches, fetch: fetched });
    let made = 0;
    URL.createObjectURL = jest.fn(() => `blob:http://localhost/${++made}`);
    URL.revokeObjectURL = jest.fn();
    offline = new OfflineLessons();
  });

  afterEach(() => {
    delete (globalThis as { caches?: unknown }).caches;
    Object.assign(globalThis, { fetch: realFetch });
  });

  it('keeps each image once under its address without the signature, whoever signed the link', async () => {
    expect(await offline.saveImages(body(signed(IMAGE), signed(OTHER)))).toBe(true);
    expect(fetched.mock.calls.map(([url]) => url)).toEqual([signed(IMAGE), signed(OTHER)]);
    expect(savedKeys()).toEqual([`/api/files/${IMAGE}/content`, `/api/files/${OTHER}/content`]);

    // A later, newly signed link for the same image: already on the device, not fetched again.
    expect(await offline.saveImages(body(signed(IMAGE, 'u1', 2)))).toBe(true);
    expect(fetched).toHaveBeenCalledTimes(2);
  });

  it('says so when an image could not be kept, and keeps it on the next try', async () => {
    fetched.mockResolvedValueOnce(kept('', 403));
    expect(await offline.saveImages(body(signed(IMAGE)))).toBe(false);
    fetched.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await offline.saveImages(body(signed(IMAGE)))).toBe(false);
    expect(savedKeys()).toEqual([]);

    expect(await offline.saveImages(body(signed(IMAGE)))).toBe(true);
    expect(savedKeys()).toEqual([`/api/files/${IMAGE}/content`]);
  });

  it('counts a text lesson as readable offline only once its images are on the device', async () => {
    const html = body(signed(IMAGE), signed(OTHER));
    workerKeeps(textLesson(html));
    expect(await offline.isSaved({ id: LESSON, kind: 'text' })).toBe(false);

    await offline.saveImages(body(signed(IMAGE)));
    expect(await offline.isSaved({ id: LESSON, kind: 'text' })).toBe(false);

    await offline.saveImages(html);
    expect(await offline.isSaved({ id: LESSON, kind: 'text' })).toBe(true);
  });

  it('counts a text lesson without images as soon as its response is kept', async () => {
    expect(await offline.isSaved({ id: LESSON, kind: 'text' })).toBe(false);
    workerKeeps(textLesson('<p>Dari AACR2 ke RDA</p>'));
    expect(await offline.isSaved({ id: LESSON, kind: 'text' })).toBe(true);
  });

  it('shows saved images from the device, the others by their link, and frees the copies after', async () => {
    await offline.saveImages(body(signed(IMAGE)));
    // Offline a day later: the kept lesson still carries yesterday's expired link.
    const shown = await offline.withSavedImages(body(signed(IMAGE), signed(OTHER)));

    const sources = [...new DOMParser().parseFromString(shown.html, 'text/html').querySelectorAll('img')].map((img) =>
      img.getAttribute('src'),
    );
    expect(sources).toEqual(['blob:http://localhost/1', signed(OTHER)]);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    shown.release();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1');
  });
});
