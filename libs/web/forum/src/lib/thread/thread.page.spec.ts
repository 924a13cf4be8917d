import {
  ANDI,
  openPageOne,
  openThread,
  PAGE_ONE,
  post,
  THREAD,
  THREAD_ID,
  verifyThreadRequests,
} from './thread.testing';

describe('ThreadPage: reading a thread', () => {
  afterEach(verifyThreadRequests);

  it('shows the question, its chosen answer right under it, then the replies with a “Baru” line', async () => {
    const { element, http } = await openPageOne();
    const read = http.expectOne(`/api/forum-threads/${THREAD_ID}/read`);
    expect(read.request.body).toEqual({ upToSeq: 4 });
    read.flush(null, { status: 204, statusText: 'No Content' });

    const page = element();
    expect(page.querySelector('h1')?.textContent).toContain('Bagaimana menyiangi koleksi referensi?');
    expect(page.querySelector('.thread-badges')?.textContent).toContain('Pertanyaan');
    expect(page.querySelector('.thread-badges')?.textContent).toContain('Terjawab');

    const sections = [...page.querySelectorAll('.thread-posts > section')];
    expect(sections[0].textContent).toContain('Koleksi referensi kami sudah usang.');
    expect(sections[0].querySelector('em')?.textContent).toBe('usang');
    expect(sections[1].querySelector('h2')?.textContent).toContain('Jawaban terpilih');
    expect(sections[1].textContent).toContain('Pakai metode CREW.');
    expect(sections[1].querySelector('article')?.hasAttribute('id')).toBe(false);

    const replies = sections[2];
    expect(replies.querySelector('h2')?.textContent).toContain('Balasan (3)');
    const items = [...replies.querySelectorAll('.post-list > li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    // Post 2, the marker, the answer in its place (3), then the deleted post 4.
    expect(items[0]).toContain('Andi Wijaya');
    expect(items[0]).toContain('25 November 2026, 14.00 WIB');
    expect(items[0]).toContain('diedit');
    expect(items[1]).toContain('Baru');
    expect(items[2]).toContain('Pesan baru mulai dari sini.');
    expect(items[2]).toContain('Budi Santoso');
    expect(replies.querySelector('#post-3')).not.toBeNull();
    expect(items[3]).toContain('Pesan ini telah dihapus.');
    expect(page.querySelector('a.btn-link')?.textContent).toContain('Lompat ke yang belum dibaca');
    expect(page.querySelector('#post-3 .thanks-names')?.textContent).toContain('Terima kasih dari Andi, Rina');
  });

  it('opens the page that holds the first unread post', async () => {
    const { http, threadRequest, render, element } = await openThread();
    threadRequest().flush({ ...PAGE_ONE, thread: { ...THREAD, firstUnreadSeq: 57, lastSeq: 60 } });
    await render();
    const replies = Array.from({ length: 10 }, (_, i) => post(51 + i, { author: ANDI }));
    threadRequest(2).flush({
      thread: { ...THREAD, firstUnreadSeq: 57, lastSeq: 60 },
      posts: { page: 2, pageSize: 50, total: 60, items: replies },
    });
    await render();
    expect(http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).request.body).toEqual({ upToSeq: 60 });
    const marker = element().querySelector('.unread-marker');
    expect(marker?.nextElementSibling?.querySelector('#post-57')).not.toBeNull();
    expect(element().querySelector('bp-pagination')?.textContent).toContain('Halaman 2 dari 2');
  });

  it('says a locked thread takes no replies, instead of the reply box', async () => {
    const { element } = await openPageOne({ ...PAGE_ONE, thread: { ...THREAD, locked: true, firstUnreadSeq: null } });
    expect(element().querySelector('#reply-body')).toBeNull();
    expect(element().querySelector('.reply-section')?.textContent).toContain('Topik ini dikunci.');
    expect(element().querySelector('.thread-badges')?.textContent).toContain('Dikunci');
  });

  it('marks a thread that waits for approval', async () => {
    const { element } = await openPageOne({ ...PAGE_ONE, thread: { ...THREAD, held: true, firstUnreadSeq: null } });
    expect(element().querySelector('.thread-badges')?.textContent).toContain('Menunggu persetujuan');
    expect(element().querySelector('.page-header')?.textContent).toContain('Topik ini menunggu persetujuan moderator.');
  });
});
