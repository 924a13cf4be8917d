import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { APP_PATHS, type CurrentUser } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { App } from './app';

@Component({ template: '<h1>Halaman</h1>' })
class BlankPage {}

const BAMBANG: CurrentUser = {
  id: '2',
  email: 'koordinator@perpustakaan.test',
  fullName: 'Bambang Sutrisno, S.IP.',
  nip: null,
  position: null,
  institution: null,
  roles: ['coordinator'],
  locale: 'id',
};

/** Lets the side navigation's chunk arrive and the view settle. */
const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
};

describe('App: the staff side navigation', () => {
  async function render(user: CurrentUser) {
    await TestBed.configureTestingModule({
      imports: [
        App,
        TranslocoTestingModule.forRoot({
          langs: { id, en },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [APP_PATHS.home, APP_PATHS.manage, APP_PATHS.manageCourses, APP_PATHS.manageCourse, APP_PATHS.catalog].map(
            (path) => ({ path, pathMatch: 'full' as const, component: BlankPage }),
          ),
        ),
      ],
    }).compileComponents();
    const http = TestBed.inject(HttpTestingController);
    const done = TestBed.inject(AuthStore).signIn(user.email, 'x');
    http.expectOne('/api/auth/login').flush({
      accessToken: 't',
      accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
      user,
    });
    await done;
    const fixture = TestBed.createComponent(App);
    const element = fixture.nativeElement as HTMLElement;
    const router = TestBed.inject(Router);
    const open = async (url: string) => {
      await router.navigateByUrl(url);
      await settle(fixture);
    };
    return { element, open };
  }

  const sideNav = (element: HTMLElement) => element.querySelector<HTMLElement>('nav[aria-label="Kelola"]');
  const manageLink = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('.main-nav a')).find((a) => a.textContent?.trim() === 'Kelola');

  it('appears on a staff page, grouped, marking the entry the page belongs to', async () => {
    const { element, open } = await render(BAMBANG);
    await open('/kelola/pelatihan/abc');

    const nav = sideNav(element);
    if (!nav) throw new Error('no side navigation on a staff page');
    const groups = Array.from(nav.querySelectorAll('ul')).map((list) => ({
      group: nav.querySelector(`#${list.getAttribute('aria-labelledby')}`)?.textContent?.trim(),
      links: Array.from(list.querySelectorAll('a')).map((a) => [a.textContent?.trim(), a.getAttribute('aria-current')]),
    }));
    expect(groups).toEqual([
      {
        group: 'Pelatihan & kuis',
        links: [
          ['Kelola pelatihan', 'true'],
          ['Rekam jejak pembelajaran', null],
        ],
      },
      { group: 'Webinar', links: [['Jadwalkan webinar', null]] },
      {
        group: 'Sertifikat',
        links: [
          ['Kelola sertifikat', null],
          ['Terbitkan sertifikat', null],
        ],
      },
      {
        group: 'Komunitas',
        links: [
          ['Buat diskusi fokus', null],
          ['Tindak lanjut diskusi fokus', null],
          ['Acara', null],
        ],
      },
      { group: 'Evaluasi', links: [['Survei', null]] },
      {
        group: 'Pengguna & lembaga',
        links: [
          ['Kelola pengguna', null],
          ['Lembaga & mitra', null],
        ],
      },
    ]);
    // The header's "Kelola" says the page is in that section; the side navigation comes before the content.
    expect(manageLink(element)?.getAttribute('aria-current')).toBe('true');
    const main = element.querySelector('main') as HTMLElement;
    expect(nav.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await open('/kelola/pelatihan');
    expect(sideNav(element)?.querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Kelola pelatihan');
  });

  it('is not on the Kelola page itself, nor on the learner’s pages', async () => {
    const { element, open } = await render(BAMBANG);
    await open('/kelola');
    expect(sideNav(element)).toBeNull();
    expect(manageLink(element)?.getAttribute('aria-current')).toBe('page');

    await open('/kelola/pelatihan');
    expect(sideNav(element)).not.toBeNull();
    await open('/pelatihan');
    expect(sideNav(element)).toBeNull();
    expect(manageLink(element)?.getAttribute('aria-current')).toBeNull();
    const current = element.querySelector('.main-nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('Pelatihan');
  });
});
