import { bodyImages, withImageSources } from './lesson-images';

const IMAGE = '0f6a4b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
const signed = (id: string, viewer = 'u1') => `/api/files/${id}/content?u=${viewer}&expires=1&signature=abc`;
/** A body as the api sends it: `&` in the signed link written `&amp;`. */
const body = (...sources: string[]) =>
  `<h3>Rak</h3>${sources.map((src) => `<p><img src="${src.replace(/&/g, '&amp;')}" alt="Rak buku"></p>`).join('')}`;

describe('bodyImages', () => {
  it('finds the uploaded images of a body with their signed links, once each', () => {
    expect(bodyImages(body(signed(IMAGE), signed(OTHER), signed(IMAGE)))).toEqual([
      { id: IMAGE, url: signed(IMAGE) },
      { id: OTHER, url: signed(OTHER) },
    ]);
  });

  it('leaves out anything that is not one of our file links', () => {
    const html = body(
      `https://example.com/api/files/${IMAGE}/content`,
      `/api/files/${IMAGE}/contents`,
      `/api/files/not-an-id/content`,
      'data:image/png;base64,AAAA',
      '',
    );
    expect(bodyImages(html)).toEqual([]);
    expect(bodyImages('<p>Tanpa gambar</p>')).toEqual([]);
  });
});

describe('withImageSources', () => {
  it('shows the images it knows from their copy and keeps the signed link of the others', () => {
    const html = withImageSources(body(signed(IMAGE), signed(OTHER)), (id) =>
      id === IMAGE ? 'blob:http://localhost/123' : undefined,
    );
    const images = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual(['blob:http://localhost/123', signed(OTHER)]);
    expect(images.map((img) => img.alt)).toEqual(['Rak buku', 'Rak buku']);
    expect(html).toContain('<h3>Rak</h3>');
  });

  it('returns the body untouched when nothing is replaced', () => {
    const html = body(signed(IMAGE));
    expect(withImageSources(html, () => undefined)).toBe(html);
  });
});
