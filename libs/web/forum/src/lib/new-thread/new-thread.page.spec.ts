import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { forumTranslocoTesting, settle } from '../testing';
import { NewThreadPage } from './new-thread.page';

const FORUM_ID = '6f1d2c1e-7777-4c3a-9b1a-000000000001';

describe('NewThreadPage', () => {
  async function open(forum: object = { id: FORUM_ID, title: 'Layanan Referensi', focusGroupId: null }) {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'forum/:forumId/topik-baru', component: NewThreadPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(`/forum/${FORUM_ID}/topik-baru`);
    const render = () => settle(harness.fixture);
    await render();
    http.expectOne(`/api/forums/${FORUM_ID}`).flush(forum);
    await render();
    const element = harness.routeNativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const field = element.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    return { http, render, element, type };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('publishes a question and opens it', async () => {
    const { http, render, element, type } = await open();
    expect(element.querySelector('.back-link')?.textContent).toContain('Layanan Referensi');
    element.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
    type('#thread-title', '  Cara menyiangi koleksi referensi  ');
    type('#thread-body', 'Buku referensi kami terbitan 1990-an. Bagaimana memilahnya?');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    const create = http.expectOne(`/api/forums/${FORUM_ID}/threads`);
    expect(create.request.body).toEqual({
      kind: 'question',
      title: 'Cara menyiangi koleksi referensi',
      bodyMarkdown: 'Buku referensi kami terbitan 1990-an. Bagaimana memilahnya?',
    });
    create.flush({ thread: { id: 't9' }, posts: { items: [], total: 1, page: 1, pageSize: 50 } });
    await render();
    expect(TestBed.inject(Router).url).toBe('/forum/topik/t9');
  });

  it('in a focus group’s forum, asks the group whether the viewer may open a thread anonymously', async () => {
    const { http, render, element, type } = await open({ id: FORUM_ID, title: 'Keliling', focusGroupId: 'g1' });
    expect(element.querySelector('input[type="checkbox"]')).toBeNull();
    http.expectOne('/api/focus-groups/g1').flush({ id: 'g1', may: { manage: false, postAnonymously: true } });
    await render();
    (element.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    expect(element.textContent).toContain('Kirim sebagai anonim');
    type('#thread-title', 'Bensin untuk mobil keliling');
    type('#thread-body', 'Anggaran kami tidak cukup.');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    const create = http.expectOne(`/api/forums/${FORUM_ID}/threads`);
    expect(create.request.body).toEqual({
      kind: 'discussion',
      title: 'Bensin untuk mobil keliling',
      bodyMarkdown: 'Anggaran kami tidak cukup.',
      anonymous: true,
    });
    create.flush({ thread: { id: 't9' }, posts: { items: [], total: 1, page: 1, pageSize: 50 } });
    await render();
  });

  it('shows the api’s words under the field it refused and keeps everything typed', async () => {
    const { http, render, element, type } = await open();
    type('#thread-title', 'Judul yang sudah dipakai');
    type('#thread-body', 'Isi yang panjang sekali');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    http.expectOne(`/api/forums/${FORUM_ID}/threads`).flush(
      {
        statusCode: 400,
        code: 'validation.failed',
        message: 'Periksa kembali isian Anda.',
        issues: [{ field: 'title', message: 'Judul berisi kata yang tidak diizinkan.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Periksa kembali isian Anda.');
    expect(element.querySelector('#thread-title-error')?.textContent).toContain(
      'Judul berisi kata yang tidak diizinkan.',
    );
    expect(element.querySelector('#thread-title')?.getAttribute('aria-invalid')).toBe('true');
    expect((element.querySelector('#thread-title') as HTMLInputElement).value).toBe('Judul yang sudah dipakai');
    expect((element.querySelector('#thread-body') as HTMLTextAreaElement).value).toBe('Isi yang panjang sekali');
  });
});
