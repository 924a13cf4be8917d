import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ForumHeldPost, ModeratedForum } from '@bina-pustaka/shared-contracts';
import { forumTranslocoTesting, settle } from '../testing';
import { ForumApprovalsComponent } from './forum-approvals.component';

const FORUMS: ModeratedForum[] = [{ id: 'f-rda', kind: 'course', title: 'Katalogisasi dengan RDA', holdFirstPosts: 2 }];
const HELD: ForumHeldPost = {
  post: {
    id: 'p9',
    author: { id: 'u-rina', fullName: 'Rina Anggraini' },
    bodyHtml: '<p>Halo, saya baru bergabung &lt;img src=x onerror=alert(1)&gt;</p>',
    createdAt: '2026-11-25T07:00:00Z',
  },
  thread: { id: 't3', title: 'Perkenalan', opening: true },
  forum: { id: 'f-rda', title: 'Katalogisasi dengan RDA' },
};

describe('ForumApprovalsComponent', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: the browser's part of opening one.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  async function open(held: ForumHeldPost[] = [HELD]) {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(ForumApprovalsComponent);
    fixture.componentRef.setInput('forums', FORUMS);
    const http = TestBed.inject(HttpTestingController);
    const render = () => settle(fixture);
    await render();
    http.expectOne('/api/forum-moderation/held').flush(held);
    await render();
    const element = fixture.nativeElement as HTMLElement;
    const button = (text: string) => {
      const found = [...element.querySelectorAll('button')].find((each) => each.textContent?.trim().startsWith(text));
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    return { http, render, element, button, fixture };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists held posts with their thread, forum and author, the text as sanitized HTML, and a new thread marked', async () => {
    const { element } = await open();
    expect(element.querySelector('#moderation-held-heading')?.textContent).toContain('Menunggu persetujuan (1)');
    const card = element.querySelector('.report-item') as HTMLElement;
    expect(card.querySelector('h3 a')?.getAttribute('href')).toBe('/forum/topik/t3');
    expect(card.textContent).toContain('ditulis oleh Rina Anggraini');
    expect(card.textContent).toContain('Topik baru');
    expect(card.querySelector('img')).toBeNull();
  });

  it('approves a post, tells the page, and asks for the queue again', async () => {
    const { http, render, button, element, fixture } = await open();
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    button('Setujui').click();
    const approve = http.expectOne('/api/forum-moderation/posts/p9/approve');
    expect(approve.request.method).toBe('POST');
    approve.flush(null);
    await render();
    http.expectOne('/api/forum-moderation/held').flush([]);
    await render();
    expect(changed).toHaveBeenCalled();
    expect(element.textContent).toContain('Tidak ada pesan yang menunggu persetujuan.');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Pesan disetujui');
  });

  it('rejects with the reason its author will read', async () => {
    const { http, render, button, element } = await open();
    button('Tolak').click();
    await render();
    const reason = element.querySelector('#reject-reason') as HTMLTextAreaElement;
    reason.value = 'Promosi, bukan diskusi.';
    (element.querySelector('bp-dialog form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const reject = http.expectOne('/api/forum-moderation/posts/p9/reject');
    expect(reject.request.body).toEqual({ reason: 'Promosi, bukan diskusi.' });
    reject.flush(null);
    await render();
    http.expectOne('/api/forum-moderation/held').flush([]);
    await render();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Pesan ditolak.');
  });

  it("saves a forum's number of held first posts", async () => {
    const { http, render, element } = await open([]);
    const input = element.querySelector('#hold-f-rda') as HTMLInputElement;
    expect(input.value).toBe('2');
    expect(element.querySelector('label[for="hold-f-rda"]')?.textContent).toContain(
      'Jumlah pesan pertama yang ditahan di Katalogisasi dengan RDA',
    );
    input.value = '0';
    (input.closest('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const put = http.expectOne('/api/forum-moderation/forums/f-rda/settings');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ holdFirstPosts: 0 });
    put.flush({ ...FORUMS[0], holdFirstPosts: 0 });
    await render();
    http.expectOne('/api/forum-moderation/held').flush([]);
    await render();
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'Pengaturan Katalogisasi dengan RDA disimpan.',
    );
  });
});
