import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { answerNoThreadLinks } from '../testing';
import { LIVE_THREAD, livePage, livePost, openLiveThread, THREAD_ID } from './thread-live.testing';

/** A moderator's change to the thread itself reaches the open page: thread.updated, thread.gone. */
describe('ThreadPage live moderation', () => {
  afterEach(() => {
    const http = TestBed.inject(HttpTestingController);
    answerNoThreadLinks(http);
    http.verify();
  });

  const notice = (element: HTMLElement) =>
    element.querySelector('.live-notice[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();

  it('a lock turns the reply box into the locked notice without a reload, told politely', async () => {
    const { socket, render, answerThread, element } = await openLiveThread();
    answerThread(livePage([livePost(1), livePost(2)]));
    socket.connect();
    await render();
    expect(element().querySelector('bp-reply-form')).not.toBeNull();
    expect(notice(element())).toBe('');

    socket.push('thread.updated', { threadId: THREAD_ID });
    await render();
    // The thread as this reader may see it (mayReply now false) comes from the api.
    answerThread(livePage([livePost(1), livePost(2)], 1, 2, { ...LIVE_THREAD, locked: true, mayReply: false }), 1);
    await render();
    expect(element().querySelector('bp-reply-form')).toBeNull();
    expect(element().querySelector('.reply-section .locked-note')?.textContent).toContain('Topik ini dikunci.');
    expect(element().querySelector('.badge-muted')?.textContent).toContain('Dikunci');
    expect(notice(element())).toBe('Moderator mengunci topik ini. Balasan baru tidak dapat ditambahkan.');
  });

  it('a move, a pin and a new title show the new forum, the badge and the title', async () => {
    const { socket, render, answerThread, element } = await openLiveThread();
    answerThread(livePage([livePost(1)]));
    socket.connect();
    await render();

    socket.push('thread.updated', { threadId: THREAD_ID });
    await render();
    const moved = {
      ...LIVE_THREAD,
      forum: { id: 'f-umum', kind: 'community' as const, title: 'Umum', courseId: null, focusGroupId: null },
      pinned: true,
      title: 'Ruas 264 untuk terbitan 2024',
    };
    answerThread(livePage([livePost(1)], 1, 1, moved), 1);
    await render();
    const back = element().querySelector('.back-link a') as HTMLAnchorElement;
    expect(back.textContent).toContain('Umum');
    expect(back.getAttribute('href')).toContain('f-umum');
    expect(element().querySelector('.badge-pinned')?.textContent).toContain('Disematkan');
    expect(element().querySelector('h1')?.textContent).toBe('Ruas 264 untuk terbitan 2024');
    expect(notice(element())).toBe(
      'Moderator menyematkan topik ini. Topik ini dipindahkan ke Umum. ' +
        'Judul topik diubah menjadi “Ruas 264 untuk terbitan 2024”.',
    );
  });

  it('a thread moved out of reach (thread.gone) leaves the page: the api says it is not found', async () => {
    const { socket, http, render, answerThread, threadRead, element } = await openLiveThread();
    answerThread(livePage([livePost(1), livePost(2)]));
    socket.connect();
    await render();
    answerNoThreadLinks(http);

    socket.push('thread.gone', { threadId: THREAD_ID });
    await render();
    expect(socket.disconnected).toBe(true);
    threadRead(1).flush(
      { statusCode: 404, code: 'forum.threadNotFound', message: 'Topik diskusi tidak ditemukan.' },
      { status: 404, statusText: 'Not Found' },
    );
    await render();
    expect(element().querySelector('h1')).toBeNull();
    expect(element().querySelector('#post-2')).toBeNull();
    expect(element().querySelector('bp-reply-form')).toBeNull();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Topik diskusi tidak ditemukan.');
  });
});
