import { linkedThreadIds } from './thread-links';

const SITE = 'https://pustaka.example.id';
const A = '0b6f4f9e-6a51-4c53-9d7e-1f1c2a3b4c5d';
const B = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('linkedThreadIds', () => {
  it('finds Markdown links, our own full addresses and bare paths, once each', () => {
    const html =
      `<p><a href="/forum/topik/${A}">lihat</a> dan <a href="${SITE}/forum/topik/${B}?page=2#post-3">${SITE}/forum/topik/${B}</a>` +
      ` lagi <a href="/forum/topik/${A.toUpperCase()}">sama</a></p>`;
    expect(linkedThreadIds(html, `Lihat juga /forum/topik/${A}.`, SITE)).toEqual([A, B]);
  });

  it('ignores other sites, other pages and paths inside another address', () => {
    const html =
      `<a href="https://lain.example.com/forum/topik/${A}">x</a><a href="//lain.example.com/forum/topik/${A}">y</a>` +
      `<a href="/forum/${A}">z</a><a href="/forum/topik/bukan-id">w</a>`;
    expect(linkedThreadIds(html, `https://lain.example.com/forum/topik/${B}`, SITE)).toEqual([]);
  });
});
