import { excerpt, mentionedIds, renderPost, showMentions, snippetHtml } from './post-text';

const SITI = '0b5c3a52-6f6e-4b8e-9a43-2c1d5e7f8a90';

describe('renderPost', () => {
  it('turns a mention into a marker named with the current name when shown', () => {
    const post = renderPost(`Terima kasih [@Siti R](mention:${SITI}), sangat membantu.`);
    expect(post.mentions).toEqual([SITI]);
    expect(post.text).toBe('Terima kasih @Siti R, sangat membantu.');
    expect(mentionedIds(post.html)).toEqual([SITI]);
    expect(showMentions(post.html, new Map([[SITI, 'Siti <Rahma>']]))).toContain(
      '<strong class="mention">@Siti &lt;Rahma&gt;</strong>',
    );
  });

  it('counts mentions of something that is not an id', () => {
    expect(renderPost('Halo [@Budi](mention:budi)').malformedMentions).toBe(1);
  });

  it('leaves nothing that runs, and keeps only images of uploaded files', () => {
    const post = renderPost(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <svg onload=alert(1)>\n\n' +
        '![gambar](file:0b5c3a52-6f6e-4b8e-9a43-2c1d5e7f8a90) ![luar](https://contoh.example/a.png) ' +
        '![svg](data:image/svg+xml;base64,PHN2Zz4=) ![x](file:bukan-id)',
    );
    // The words stay as escaped text; no tag, handler or javascript: link is left.
    const tags = post.html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /^<(script|svg)|\son\w+=|javascript:/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => tag.startsWith('<img'))).toEqual([
      '<img src="file:0b5c3a52-6f6e-4b8e-9a43-2c1d5e7f8a90" alt="gambar" />',
    ]);
  });

  it('refuses forged markers in what people write', () => {
    const post = renderPost(`\uE000${SITI}\uE001`);
    expect(post.mentions).toEqual([]);
    expect(mentionedIds(post.html)).toEqual([]);
  });
});

describe('snippetHtml and excerpt', () => {
  it('escapes the text and marks the hits', () => {
    expect(snippetHtml('<b>cara \uE002mengelola\uE003 koleksi</b>')).toBe(
      '&lt;b&gt;cara <mark>mengelola</mark> koleksi&lt;/b&gt;',
    );
  });

  it('shortens long text', () => {
    expect(excerpt('a '.repeat(300), 11)).toBe('a a a a a…');
  });
});
