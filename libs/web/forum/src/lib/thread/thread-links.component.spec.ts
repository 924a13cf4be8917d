import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ForumThreadLinks } from '@bina-pustaka/shared-contracts';
import { forumTranslocoTesting, settle } from '../testing';
import { ThreadLinksComponent } from './thread-links.component';

const LINKS: ForumThreadLinks = {
  linksTo: [{ id: 't2', title: 'Ruas 264 <b>atau</b> 260?', forum: { id: 'f1', title: 'Katalogisasi dengan RDA' } }],
  linkedFrom: [{ id: 't3', title: 'Daftar rujukan', forum: { id: 'f2', title: 'Umum' } }],
};

describe('ThreadLinksComponent', () => {
  async function open(threadId: string) {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(ThreadLinksComponent);
    fixture.componentRef.setInput('threadId', threadId);
    const http = TestBed.inject(HttpTestingController);
    const render = () => settle(fixture);
    await render();
    return { fixture, http, render, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows both directions under their headings, titles as text, each with its forum', async () => {
    const { http, render, element } = await open('t1');
    http.expectOne('/api/forum-threads/t1/links').flush(LINKS);
    await render();
    const sections = [...element.querySelectorAll('section')];
    expect(sections.map((section) => section.querySelector('h2')?.textContent?.trim())).toEqual([
      'Dibahas juga di',
      'Tautan dari topik lain',
    ]);
    const first = sections[0].querySelector('a') as HTMLAnchorElement;
    expect(first.getAttribute('href')).toBe('/forum/topik/t2');
    expect(first.textContent).toBe('Ruas 264 <b>atau</b> 260?');
    expect(sections[0].textContent).toContain('Katalogisasi dengan RDA');
    expect(sections[1].querySelector('a')?.getAttribute('href')).toBe('/forum/topik/t3');
  });

  it('shows nothing when no thread links here or from here, or the links cannot be had', async () => {
    const { http, render, element, fixture } = await open('t1');
    http.expectOne('/api/forum-threads/t1/links').flush({ linksTo: [], linkedFrom: [] });
    await render();
    expect(element.querySelector('section')).toBeNull();
    fixture.componentRef.setInput('threadId', 't9');
    await render();
    http.expectOne('/api/forum-threads/t9/links').flush(null, { status: 500, statusText: 'Server Error' });
    await render();
    expect(element.querySelector('section')).toBeNull();
  });
});
