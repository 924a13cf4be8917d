import { forumPost } from '../testing';
import {
  BUDI,
  FORUM_ID,
  ME,
  openPageOne,
  PAGE_ONE,
  post,
  THREAD,
  THREAD_ID,
  verifyThreadRequests,
} from './thread.testing';

describe('ThreadPage: replying', () => {
  afterEach(verifyThreadRequests);

  it('quotes a post in the reply and sends it with quotePostId; the reply joins the page', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    button('Kutip', element().querySelector('#post-3') as HTMLElement).click();
    await render();
    const quote = element().querySelector('.reply-quote');
    expect(quote?.textContent).toContain('Budi Santoso menulis:');
    expect(quote?.textContent).toContain('Pakai metode CREW.');
    expect(document.activeElement?.id).toBe('reply-body');

    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Terima kasih, akan saya coba.';
    box.dispatchEvent(new Event('input'));
    button('Kirim balasan').click();
    await render();
    const sent = http.expectOne(`/api/forum-threads/${THREAD_ID}/posts`);
    expect(sent.request.body).toEqual({ bodyMarkdown: 'Terima kasih, akan saya coba.', quotePostId: 'p3' });
    sent.flush(
      post(5, {
        bodyHtml: '<p>Terima kasih, akan saya coba.</p>',
        quote: { postId: 'p3', author: BUDI, excerpt: 'Pakai metode CREW.' },
      }),
      { status: 201, statusText: 'Created' },
    );
    await render();
    expect(element().querySelector('#post-5 blockquote')?.textContent).toContain('Pakai metode CREW.');
    expect(element().querySelector('.reply-quote')).toBeNull();
    expect((element().querySelector('#reply-body') as HTMLTextAreaElement).value).toBe('');
  });

  it('offers people to mention after @ and a letter; arrows, Enter and Escape work from the box', async () => {
    const { http, render, element } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    const type = async (value: string) => {
      box.value = value;
      box.setSelectionRange(value.length, value.length);
      box.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await render();
    };
    const key = async (name: string) => {
      const event = new KeyboardEvent('keydown', { key: name, cancelable: true });
      box.dispatchEvent(event);
      await render();
      return event;
    };

    await type('Halo @B');
    const people = http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/people`);
    expect(people.request.params.get('q')).toBe('B');
    people.flush([BUDI, { id: 'u-bayu', fullName: 'Bayu Pratama' }]);
    await render();
    const list = element().querySelector('[role="listbox"]');
    expect(list?.querySelectorAll('[role="option"]')).toHaveLength(2);
    expect(box.getAttribute('aria-controls')).toBe(list?.id);
    expect(box.getAttribute('aria-activedescendant')).toBe('mention-option-0');
    expect(element().querySelector('.reply-form [role="status"]')?.textContent).toContain('2 nama ditemukan');

    expect((await key('ArrowDown')).defaultPrevented).toBe(true);
    expect(box.getAttribute('aria-activedescendant')).toBe('mention-option-1');
    expect(element().querySelector('#mention-option-1')?.getAttribute('aria-selected')).toBe('true');
    await key('ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe('mention-option-0');
    await key('ArrowUp');
    await key('Enter');
    expect(box.value).toBe('Halo [@Bayu Pratama](mention:u-bayu) ');
    expect(element().querySelector('[role="listbox"]')).toBeNull();
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);

    // Escape closes the list and keeps what was typed; Enter then is an ordinary new line.
    await type(box.value + '@Bu');
    http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/people`).flush([BUDI]);
    await render();
    expect(element().querySelector('[role="listbox"]')).not.toBeNull();
    expect((await key('Escape')).defaultPrevented).toBe(true);
    expect(element().querySelector('[role="listbox"]')).toBeNull();
    expect(box.value).toBe('Halo [@Bayu Pratama](mention:u-bayu) @Bu');
    expect((await key('Enter')).defaultPrevented).toBe(false);

    // A tap picks too, without taking focus from the box.
    await type('@Bu');
    http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/people`).flush([BUDI]);
    await render();
    const option = element().querySelector('[role="option"]') as HTMLElement;
    const tap = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    option.dispatchEvent(tap);
    await render();
    expect(tap.defaultPrevented).toBe(true);
    expect(box.value).toBe('[@Budi Santoso](mention:u-budi) ');
  });

  it('keeps the reply’s text when the api refuses it, with the server’s words', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Balasan yang panjang dan penting';
    box.dispatchEvent(new Event('input'));
    button('Kirim balasan').click();
    await render();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/posts`).flush(
      {
        statusCode: 429,
        code: 'forum.rateLimited',
        message: 'Anda mengirim terlalu banyak pesan. Coba lagi dalam 1 menit.',
        issues: [{ field: 'bodyMarkdown', message: 'Pesan ini tidak dapat dikirim sekarang.' }],
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await render();
    expect(element().querySelector('.reply-form [role="alert"]')?.textContent).toContain(
      'Anda mengirim terlalu banyak pesan.',
    );
    expect(element().querySelector('#reply-body-error')?.textContent).toContain('Pesan ini tidak dapat dikirim');
    expect((element().querySelector('#reply-body') as HTMLTextAreaElement).value).toBe(
      'Balasan yang panjang dan penting',
    );
  });

  it('lets a focus group’s member reply anonymously, and leads back to the group', async () => {
    const thread = {
      ...THREAD,
      forum: { ...THREAD.forum, kind: 'focus-group' as const, courseId: null, focusGroupId: 'g1' },
      mayPostAnonymously: true,
      firstUnreadSeq: null,
    };
    const { http, render, element, button } = await openPageOne({ ...PAGE_ONE, thread });
    const back = [...element().querySelectorAll('.back-link a')].map((link) => link.getAttribute('href'));
    expect(back).toEqual(['/diskusi-fokus/g1', `/forum/${FORUM_ID}`]);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Di desa kami bensin mahal.';
    box.dispatchEvent(new Event('input'));
    (element().querySelector('.reply-form input[type="checkbox"]') as HTMLInputElement).click();
    button('Kirim balasan').click();
    await render();
    const sent = http.expectOne(`/api/forum-threads/${THREAD_ID}/posts`);
    expect(sent.request.body).toEqual({ bodyMarkdown: 'Di desa kami bensin mahal.', anonymous: true });
    sent.flush(post(5, { author: null, anonymous: true }), { status: 201, statusText: 'Created' });
    await render();
    expect(element().querySelector('#post-5 .forum-post-author')?.textContent).toContain('Anggota (anonim)');
  });

  it('offers no anonymous reply where the thread does not allow it', async () => {
    const { element } = await openPageOne({ ...PAGE_ONE, thread: { ...THREAD, firstUnreadSeq: null } });
    expect(element().querySelector('.reply-form input[type="checkbox"]')).toBeNull();
    expect(element().querySelectorAll('.back-link a')).toHaveLength(1);
  });

  it('shows a held reply to its author under the replies, marked, and says it waits for a moderator', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Salam kenal, saya anggota baru.';
    box.dispatchEvent(new Event('input'));
    button('Kirim balasan').click();
    await render();
    http
      .expectOne(`/api/forum-threads/${THREAD_ID}/posts`)
      .flush(forumPost(THREAD_ID, 0, { id: 'p-held', seq: null, held: true, author: ME }), {
        status: 201,
        statusText: 'Created',
      });
    await render();
    const held = [...element().querySelectorAll('.forum-post')].at(-1) as HTMLElement;
    expect(held.id).toBe('');
    expect(held.textContent).toContain('Menunggu persetujuan moderator');
    expect(element().querySelector('.held-notice')?.textContent).toContain(
      'Balasan Anda menunggu persetujuan moderator.',
    );
  });
});
