import type { ForumThreadPage } from '@bina-pustaka/shared-contracts';
import { ANDI, openPageOne, PAGE_ONE, post, THREAD, THREAD_ID, verifyThreadRequests } from './thread.testing';

describe('ThreadPage: thanking, answering, editing and deleting posts', () => {
  afterEach(verifyThreadRequests);

  it('thanks a post and takes the thanks back', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const answerInPlace = element().querySelector('#post-3') as HTMLElement;
    const thanks = button('Terima kasih', answerInPlace);
    expect(thanks.getAttribute('aria-pressed')).toBe('false');
    expect(thanks.textContent).toContain('(2)');
    thanks.click();
    const put = http.expectOne(`/api/forum-posts/p3/thanks`);
    expect(put.request.method).toBe('PUT');
    put.flush({ count: 3, byMe: true, names: ['Andi', 'Rina', 'Siti'] });
    await render();
    const again = button('Terima kasih', element().querySelector('#post-3') as HTMLElement);
    expect(again.getAttribute('aria-pressed')).toBe('true');
    expect(again.textContent).toContain('(3)');
    // The answer's copy under the question shows the same count.
    expect(element().querySelector('.chosen-answer .thanks-count')?.textContent).toContain('(3)');
    again.click();
    const remove = http.expectOne(`/api/forum-posts/p3/thanks`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush({ count: 2, byMe: false, names: ['Andi', 'Rina'] });
    await render();
    expect(button('Terima kasih', element().querySelector('#post-3') as HTMLElement).textContent).toContain('(2)');
  });

  it('marks a reply as the answer and shows the thread again', async () => {
    const { http, render, element, button, threadRequest } = await openPageOne({
      ...PAGE_ONE,
      thread: { ...THREAD, answer: null, firstUnreadSeq: null },
      posts: { ...PAGE_ONE.posts, items: PAGE_ONE.posts.items.map((each) => ({ ...each, isAnswer: false })) },
    });
    expect(element().querySelector('#post-1')?.textContent).not.toContain('Tandai sebagai jawaban');
    button('Tandai sebagai jawaban', element().querySelector('#post-2') as HTMLElement).click();
    await render();
    const mark = http.expectOne(`/api/forum-threads/${THREAD_ID}/answer`);
    expect(mark.request.method).toBe('PUT');
    expect(mark.request.body).toEqual({ postId: 'p2' });
    mark.flush(null);
    await render();
    threadRequest(1).flush(PAGE_ONE);
    await render();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    expect(element().querySelector('.chosen-answer')?.textContent).toContain('Budi Santoso');
  });

  it('edits a post in place and shows it as edited', async () => {
    const { http, render, element, button } = await openPageOne({
      ...PAGE_ONE,
      thread: { ...THREAD, firstUnreadSeq: null },
    });
    const opening = () => element().querySelector('#post-1') as HTMLElement;
    button('Ubah', opening()).click();
    await render();
    const box = opening().querySelector('textarea') as HTMLTextAreaElement;
    expect(box.value).toBe('x');
    expect(opening().querySelector('label')?.textContent).toContain('Ubah pesan');
    box.value = 'Koleksi referensi kami terbitan 1980-an.';
    button('Simpan', opening()).click();
    await render();
    const edit = http.expectOne('/api/forum-posts/p1');
    expect(edit.request.method).toBe('PATCH');
    expect(edit.request.body).toEqual({ bodyMarkdown: 'Koleksi referensi kami terbitan 1980-an.' });
    edit.flush(
      post(1, {
        bodyHtml: '<p>Koleksi referensi kami terbitan 1980-an.</p>',
        editedAt: '2026-11-25T10:00:00Z',
        mayEdit: true,
        bodyMarkdown: 'Koleksi referensi kami terbitan 1980-an.',
      }),
    );
    await render();
    expect(opening().querySelector('textarea')).toBeNull();
    expect(opening().textContent).toContain('1980-an');
    expect(opening().textContent).toContain('diedit');
  });

  it('shows a moderator an edited post’s earlier versions', async () => {
    const { http, render, element, button } = await openPageOne({
      ...PAGE_ONE,
      thread: { ...THREAD, mayModerate: true, firstUnreadSeq: null },
    });
    expect(element().querySelector('#post-1')?.textContent).not.toContain('Riwayat suntingan');
    const edited = () => element().querySelector('#post-2') as HTMLElement;
    const toggle = button('Riwayat suntingan', edited());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await render();
    http
      .expectOne('/api/forum-posts/p2/revisions')
      .flush([{ bodyHtml: '<p>Versi <em>pertama</em></p>', editedAt: '2026-11-25T08:00:00Z', editor: ANDI }]);
    await render();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = edited().querySelector('.revision-list') as HTMLElement;
    expect(list.textContent).toContain('Disunting oleh Andi Wijaya, 25 November 2026, 15.00 WIB');
    expect(list.querySelector('em')?.textContent).toBe('pertama');
  });

  it('asks a moderator why before deleting someone else’s post, then shows the note', async () => {
    // jsdom has no modal dialogs: the browser's part of opening one.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
    const moderated: ForumThreadPage = {
      thread: { ...THREAD, mayModerate: true, firstUnreadSeq: null },
      posts: { ...PAGE_ONE.posts, items: [PAGE_ONE.posts.items[0], post(2, { author: ANDI, mayDelete: true })] },
    };
    const { http, render, element, button, threadRequest } = await openPageOne(moderated);
    button('Hapus', element().querySelector('#post-2') as HTMLElement).click();
    await render();
    const dialog = element().querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    const reason = dialog.querySelector('#delete-reason') as HTMLTextAreaElement;
    expect(reason.required).toBe(true);
    reason.value = 'Promosi dagang';
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await render();
    const remove = http.expectOne('/api/forum-posts/p2/delete');
    expect(remove.request.body).toEqual({ reason: 'Promosi dagang' });
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await render();
    threadRequest(1).flush({
      ...moderated,
      posts: {
        ...moderated.posts,
        items: [
          moderated.posts.items[0],
          post(2, {
            author: ANDI,
            bodyHtml: '',
            deleted: { at: '2026-11-25T10:00:00Z', byModerator: true, reason: 'Promosi dagang' },
          }),
        ],
      },
    });
    await render();
    expect(dialog.open).toBe(false);
    const deleted = element().querySelector('#post-2')?.textContent ?? '';
    expect(deleted).toContain('Pesan ini telah dihapus.');
    expect(deleted).toContain('Alasan: Promosi dagang');
    expect(element().querySelector('#post-2 .thanks-button')).toBeNull();
  });
});
