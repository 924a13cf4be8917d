import { webClientCacheControl } from './web-client-headers';

describe('webClientCacheControl', () => {
  it('keeps hashed chunks and styles for a year', () => {
    expect(webClientCacheControl('/srv/web/chunk-K3OSF3R2.js')).toBe('public, max-age=31536000, immutable');
    expect(webClientCacheControl('/srv/web/styles-4QOY2NZ2.css')).toBe('public, max-age=31536000, immutable');
    // The chunk optimizer's names, and the precompressed copies the static server sends.
    expect(webClientCacheControl('/srv/web/chunk-Ab_c-123.js')).toBe('public, max-age=31536000, immutable');
    expect(webClientCacheControl('/srv/web/main-K3OSF3R2.js.br')).toBe('public, max-age=31536000, immutable');
  });

  it('asks again for the page, the service worker and its manifest, so updates arrive', () => {
    for (const file of ['index.html', 'ngsw-worker.js', 'ngsw.json', 'safety-worker.js', 'favicon.ico']) {
      expect(webClientCacheControl(`/srv/web/${file}`)).toBe('no-cache');
    }
  });
});
