import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ForumPost, ForumThread } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { forumTranslocoTesting, settle } from '../testing';
import { ForumPostComponent } from './forum-post.component';

const ME = { id: 'u-siti', fullName: 'Siti Rahma' };
const BUDI = { id: 'u-budi', fullName: 'Budi Santoso' };

const POST: ForumPost = {
  id: 'p2',
  threadId: 't1',
  anonymous: false,
  seq: 2,
  author: BUDI,
  bodyHtml: '<p>Beli buku murah di sini</p>',
  bodyMarkdown: null,
  createdAt: '2026-11-25T07:00:00Z',
  editedAt: null,
  deleted: null,
  hidden: null,
  held: false,
  quote: null,
  thanks: { count: 0, byMe: false, names: [] },
  isAnswer: false,
  mayEdit: false,
  mayDelete: false,
};

const THREAD = {
  id: 't1',
  forum: { id: 'f1', kind: 'community', title: 'Umum', courseId: null },
  kind: 'discussion',
  title: 'Salam kenal',
  mayReply: true,
  mayMarkAnswer: false,
  mayModerate: false,
  locked: false,
} as ForumThread;

describe('ForumPostComponent: reports, hidden posts and the edit box', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: the browser's part of opening one.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  async function render(post: ForumPost, thread: ForumThread = THREAD) {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { user: () => ({ ...ME, roles: ['learner'] }) } },
      ],
    });
    const fixture = TestBed.createComponent(ForumPostComponent);
    fixture.componentRef.setInput('post', post);
    fixture.componentRef.setInput('thread', thread);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const button = (text: string) => {
      const found = [...element.querySelectorAll('button')].find((each) => each.textContent?.trim().startsWith(text));
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    return { fixture, element, button, http: TestBed.inject(HttpTestingController) };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('reports someone else’s post with a reason from the list; “Lainnya” needs a description', async () => {
    const { fixture, element, button, http } = await render(POST);
    button('Laporkan').click();
    await settle(fixture);
    const dialog = element.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')?.textContent).toContain('Laporkan pesan');
    const labels = [...dialog.querySelectorAll('label.checkbox')].map((label) => label.textContent?.trim());
    expect(labels).toEqual(['Spam', 'Kasar atau menyinggung', 'Tidak relevan', 'Memuat informasi pribadi', 'Lainnya']);
    const radios = [...dialog.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    radios[4].click();
    await settle(fixture);
    expect(dialog.querySelector('textarea')?.required).toBe(true);
    radios[0].click();
    await settle(fixture);
    expect(dialog.querySelector('textarea')?.required).toBe(false);
    (dialog.querySelector('textarea') as HTMLTextAreaElement).value = '  Iklan berulang  ';
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const sent = http.expectOne('/api/forum-posts/p2/report');
    expect(sent.request.body).toEqual({ reason: 'spam', details: 'Iklan berulang' });
    sent.flush({ id: 'r1', postId: 'p2', reason: 'spam', createdAt: '2026-11-25T07:00:00Z' });
    await settle(fixture);
    expect(dialog.querySelector('[role=status]')?.textContent).toContain('Laporan Anda sudah kami terima');
  });

  it('offers no report on one’s own post', async () => {
    const { element } = await render({ ...POST, author: ME });
    expect(element.querySelector('dialog')).toBeNull();
    expect(element.textContent).not.toContain('Laporkan');
  });

  it('shows a hidden post to members like a deleted one, and to moderators with its text and reason', async () => {
    const hidden = { at: '2026-11-25T08:00:00Z', reason: null };
    const member = await render({ ...POST, bodyHtml: '', hidden });
    expect(member.element.querySelector('.forum-post-deleted')?.textContent).toContain('disembunyikan oleh moderator');
    expect(member.element.textContent).not.toContain('Laporkan');
    expect(member.element.textContent).not.toContain('Terima kasih');
    TestBed.resetTestingModule();

    const moderator = await render(
      { ...POST, hidden: { ...hidden, reason: 'Iklan <b>berulang</b>' } },
      { ...THREAD, mayModerate: true },
    );
    const note = moderator.element.querySelector('.forum-post-hidden-note') as HTMLElement;
    expect(note.textContent).toContain('Alasan: Iklan <b>berulang</b>');
    expect(note.querySelector('b')).toBeNull();
    expect(moderator.element.querySelector('.forum-post-body')?.textContent).toContain('Beli buku murah');
  });

  it('names an anonymous post “Anggota (anonim)” to members, and tells moderators who see its author', async () => {
    const member = await render({ ...POST, author: null, anonymous: true });
    expect(member.element.querySelector('.forum-post-author')?.textContent).toContain('Anggota (anonim)');
    expect(member.element.textContent).not.toContain('anonim bagi anggota');
    TestBed.resetTestingModule();

    const moderator = await render({ ...POST, anonymous: true }, { ...THREAD, mayModerate: true });
    expect(moderator.element.querySelector('.forum-post-author')?.textContent).toContain('Budi Santoso');
    expect(moderator.element.querySelector('.forum-post-head')?.textContent).toContain('anonim bagi anggota');
  });

  it('lets a moderator hide a post with a reason and hands the hidden post to the page', async () => {
    const { fixture, element, button, http } = await render(POST, { ...THREAD, mayModerate: true });
    const changed: ForumPost[] = [];
    fixture.componentInstance.changed.subscribe((post) => changed.push(post));
    button('Sembunyikan').click();
    await settle(fixture);
    const dialog = element.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    (dialog.querySelector('textarea') as HTMLTextAreaElement).value = 'Iklan dagang';
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const hide = http.expectOne('/api/forum-moderation/posts/p2/hide');
    expect(hide.request.body).toEqual({ reason: 'Iklan dagang' });
    hide.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(changed[0].hidden?.reason).toBe('Iklan dagang');
    expect(dialog.open).toBe(false);
  });

  it('lets the author put an image into the edit box where the cursor is, in the thread’s forum', async () => {
    const mine = { ...POST, author: ME, mayEdit: true, bodyMarkdown: 'Denah baru:\n\nTerima kasih.' };
    const { fixture, element, button, http } = await render(mine, { ...THREAD, forum: { ...THREAD.forum, id: 'f9' } });
    const changed: ForumPost[] = [];
    fixture.componentInstance.changed.subscribe((post) => changed.push(post));
    button('Ubah').click();
    await settle(fixture);
    const box = element.querySelector('#edit-p2') as HTMLTextAreaElement;
    box.setSelectionRange(13, 13);
    const file = element.querySelector('.forum-post-edit input[type="file"]') as HTMLInputElement;
    expect(file.closest('label')?.textContent).toContain('Sisipkan gambar');
    Object.defineProperty(file, 'files', {
      value: [new File([new Uint8Array(4)], 'denah.png', { type: 'image/png' })],
    });
    file.dispatchEvent(new Event('change'));
    await settle(fixture);
    const upload = http.expectOne('/api/forum-images');
    expect((upload.request.body as FormData).get('forumId')).toBe('f9');
    upload.flush({
      id: 'img-7',
      name: 'denah.png',
      contentType: 'image/png',
      sizeBytes: 4,
      purpose: 'forum-image',
      url: '',
    });
    await settle(fixture);
    expect(box.value).toBe('Denah baru:\n\n![denah](file:img-7)\n\nTerima kasih.');

    element.querySelector('.forum-post-edit')?.dispatchEvent(new Event('submit'));
    const edit = http.expectOne('/api/forum-posts/p2');
    expect(edit.request.body).toEqual({ bodyMarkdown: 'Denah baru:\n\n![denah](file:img-7)\n\nTerima kasih.' });
    edit.flush({ ...mine, bodyMarkdown: edit.request.body.bodyMarkdown, editedAt: '2026-11-25T08:00:00Z' });
    await settle(fixture);
    expect(changed[0].bodyMarkdown).toContain('![denah](file:img-7)');
    expect(element.querySelector('.forum-post-edit')).toBeNull();
  });
});
