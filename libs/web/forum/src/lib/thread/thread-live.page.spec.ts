import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { answerNoThreadLinks } from '../testing';
import { LIVE_THREAD, livePage, livePost, openLiveThread, THREAD_ID } from './thread-live.testing';

describe('ThreadPage live updates', () => {
  afterEach(() => {
    const http = TestBed.inject(HttpTestingController);
    answerNoThreadLinks(http);
    http.verify();
  });

  it('follows its thread once connected, and shows a new reply at the end of the last page', async () => {
    const { socket, render, answerThread, element } = await openLiveThread();
    answerThread(livePage([livePost(1), livePost(2)]));
    socket.connect();
    await render();
    expect(socket.sent).toEqual([{ event: 'thread.follow', payload: { threadId: THREAD_ID } }]);

    socket.push('post.created', { threadId: THREAD_ID, postId: 'p3', seq: 3 });
    await render();
    // The reply as this reader may see it comes from the api.
    answerThread(livePage([livePost(1), livePost(2), livePost(3, { bodyHtml: '<p>Balasan langsung</p>' })]), 1);
    await render();
    expect(element().querySelector('#post-3')?.textContent).toContain('Balasan langsung');
    expect(element().querySelector('.replies-heading')?.textContent).toContain('Balasan (2)');
  });

  it('counts replies that land on a later page: “1 balasan baru — tampilkan” opens it', async () => {
    const { socket, harness, render, answerThread, element } = await openLiveThread(`/forum/topik/${THREAD_ID}?page=1`);
    const full = Array.from({ length: 50 }, (_, i) => livePost(i + 1));
    answerThread(livePage(full, 1, 50), 1);
    socket.connect();
    await render();

    socket.push('post.created', { threadId: THREAD_ID, postId: 'p51', seq: 51 });
    await render();
    const button = element().querySelector('.new-replies button') as HTMLButtonElement;
    expect(button.textContent).toContain('1 balasan baru — tampilkan');
    button.click();
    await render();
    answerThread(livePage([livePost(51)], 2, 51), 2);
    await render();
    expect(harness.routeNativeElement?.querySelector('#post-51')).not.toBeNull();
    expect(element().querySelector('.new-replies')).toBeNull();
  });

  it('updates a thanks count in place, and reads the page again for an answer, an edit or a delete', async () => {
    const { socket, render, answerThread, element } = await openLiveThread();
    answerThread(livePage([livePost(1), livePost(2, { thanks: { count: 1, byMe: true, names: ['Siti'] } })]));
    socket.connect();
    await render();

    socket.push('thanks.changed', { threadId: THREAD_ID, postId: 'p2', count: 4 });
    await render();
    const thanks = element().querySelector('#post-2 .thanks-button') as HTMLElement;
    expect(thanks.textContent).toContain('(4)');
    // Whether this reader thanked it is theirs: unchanged.
    expect(thanks.getAttribute('aria-pressed')).toBe('true');

    socket.push('answer.changed', { threadId: THREAD_ID, postId: 'p2' });
    await render();
    answerThread(
      { ...livePage([livePost(1), livePost(2, { isAnswer: true })]), thread: { ...LIVE_THREAD, answer: livePost(2) } },
      1,
    );
    await render();
    expect(element().querySelector('.chosen-answer')?.textContent).toContain('Pesan ke-2');

    socket.push('post.deleted', { threadId: THREAD_ID, postId: 'p2' });
    await render();
    answerThread(
      livePage([
        livePost(1),
        livePost(2, { deleted: { at: '2026-11-25T09:00:00Z', byModerator: true, reason: null } }),
      ]),
      1,
    );
    await render();
    expect(element().querySelector('#post-2')?.textContent).toContain('Pesan ini telah dihapus.');
  });

  it('reads the page again once after the socket reconnects, and closes the socket when the page goes', async () => {
    const { socket, harness, render, answerThread, http } = await openLiveThread();
    answerThread(livePage([livePost(1)]));
    socket.connect();
    await render();
    // A network drop: socket.io reconnects by itself; what was said meanwhile is fetched.
    socket.connect();
    await render();
    answerThread(livePage([livePost(1), livePost(2)]), 1);
    await render();
    expect(socket.sent).toHaveLength(2);
    answerNoThreadLinks(http);
    http.expectNone(() => true);

    await harness.navigateByUrl('/elsewhere');
    expect(socket.disconnected).toBe(true);
  });
});
