import { withPageMeta } from './page-meta';

const INDEX = '<!doctype html><html><head><title>Bina Pustaka</title></head><body><app-root></app-root></body></html>';

describe('withPageMeta', () => {
  it("replaces the client's title and adds the Open Graph tags before </head>", () => {
    const html = withPageMeta(INDEX, {
      title: 'Peluncuran Buku',
      description: '25 November 2026, 14.00 WIB · Aula',
      url: 'https://pustaka.test/acara/peluncuran-buku-k7q2',
      image: 'https://pustaka.test/api/event-covers/abc',
    });
    expect(html).toContain('<title>Peluncuran Buku</title>');
    expect(html).not.toContain('<title>Bina Pustaka</title>');
    expect(html).toContain('<meta property="og:image" content="https://pustaka.test/api/event-covers/abc">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
  });

  it('preloads the api answer the page asks for first, as the client fetches it', () => {
    const html = withPageMeta(INDEX, {
      title: 'Peluncuran Buku',
      description: 'Aula',
      url: 'https://pustaka.test/acara/peluncuran-buku-k7q2',
      image: null,
      preload: ['/api/public/events/peluncuran-buku-k7q2'],
    });
    expect(html).toContain(
      '<link rel="preload" href="/api/public/events/peluncuran-buku-k7q2" as="fetch" crossorigin="anonymous">',
    );
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('</head>'));
  });

  it('escapes what people wrote, and takes no $ pattern from it', () => {
    const html = withPageMeta(INDEX, {
      title: `"><script>alert(1)</script> $& $' Buku`,
      description: 'a & b',
      url: 'https://pustaka.test/acara/x',
      image: null,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62; $&#38; $&#39; Buku</title>');
    expect(html).toContain('content="a &#38; b"');
    expect(html).not.toContain('og:image');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });
});
