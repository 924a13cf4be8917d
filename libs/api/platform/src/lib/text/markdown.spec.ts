import { imageFileIds, renderMarkdown, resolveImageSources } from './markdown';

describe('renderMarkdown', () => {
  it('renders the usual Markdown of a lesson', () => {
    const html = renderMarkdown(
      '# Katalogisasi\n\nMenurut **RDA**, [lihat panduan](https://example.org/rda).\n\n- satu\n- dua',
    );
    expect(html).toContain('<h2>Katalogisasi</h2>');
    expect(html).toContain('<strong>RDA</strong>');
    expect(html).toContain(
      '<a href="https://example.org/rda" rel="noopener noreferrer" target="_blank">lihat panduan</a>',
    );
    expect(html).toContain('<li>satu</li>');
  });

  it('never lets script, event handlers or javascript links through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1))\n\n<a href="javascript:alert(1)">x</a>',
    );
    expect(html).not.toMatch(/<(script|img|a)[\s>]/i);
  });

  it('keeps uploaded images and drops images from elsewhere', () => {
    const id = '2f9c1a64-8a55-4f0e-9b4c-1d2e3f4a5b6c';
    const html = renderMarkdown(`![Rak buku](file:${id})\n\n![pelacak](https://tracker.example/p.gif)`);
    expect(imageFileIds(html)).toEqual([id]);
    expect(html).not.toContain('tracker.example');
    expect(resolveImageSources(html, (fileId) => `/api/files/${fileId}/content?a=1&b=2`)).toContain(
      `src="/api/files/${id}/content?a=1&amp;b=2"`,
    );
  });
});
