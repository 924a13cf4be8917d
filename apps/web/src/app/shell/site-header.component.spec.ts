import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CurrentUser } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import en from '../../i18n/en.json';
import id from '../../i18n/id.json';
import { SiteHeaderComponent } from './site-header.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const SITI: CurrentUser = {
  id: '1',
  email: 'pelatih.siti@perpustakaan.test',
  fullName: 'Siti Rahmawati',
  nip: null,
  position: null,
  institution: null,
  roles: ['trainer'],
  locale: 'id',
};

describe('SiteHeaderComponent', () => {
  async function render(user: CurrentUser | null) {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [
        SiteHeaderComponent,
        TranslocoTestingModule.forRoot({
          langs: { id, en },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id', reRenderOnLangChange: true },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    }).compileComponents();
    const http = TestBed.inject(HttpTestingController);
    if (user) {
      const done = TestBed.inject(AuthStore).signIn(user.email, 'x');
      http.expectOne('/api/auth/login').flush({
        accessToken: 't',
        accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
        user,
      });
      await done;
    }
    const fixture = TestBed.createComponent(SiteHeaderComponent);
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  const links = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('nav a')).map((a) => a.textContent?.trim());

  it('shows guests only the language switch', async () => {
    const { element } = await render(null);
    expect(element.querySelector('nav')).toBeNull();
    expect(element.textContent).not.toContain('Keluar');
  });

  it('hides user administration from a trainer', async () => {
    const { element } = await render(SITI);
    expect(links(element)).toEqual([
      'Beranda',
      'Katalog pelatihan',
      'Pembelajaran saya',
      'Sertifikat saya',
      'Webinar',
      'Materi',
      'Kelola pelatihan',
      'Profil',
    ]);
    expect(element.textContent).toContain('Siti Rahmawati');
  });

  it('shows user administration and certificates to a coordinator', async () => {
    const { element } = await render({ ...SITI, roles: ['coordinator'] });
    expect(links(element)).toEqual([
      'Beranda',
      'Katalog pelatihan',
      'Pembelajaran saya',
      'Sertifikat saya',
      'Webinar',
      'Materi',
      'Kelola pelatihan',
      'Sertifikat',
      'Pengguna',
      'Profil',
    ]);
  });

  it('shows a learner the learning screens only', async () => {
    const { element } = await render({ ...SITI, roles: ['learner'] });
    expect(links(element)).toEqual([
      'Beranda',
      'Katalog pelatihan',
      'Pembelajaran saya',
      'Sertifikat saya',
      'Webinar',
      'Materi',
      'Profil',
    ]);
  });

  it('switches language, marks the pressed button and saves it in the profile', async () => {
    const { fixture, http, element } = await render(SITI);
    const [idButton, enButton] = Array.from(element.querySelectorAll<HTMLButtonElement>('.language-switch button'));
    expect(idButton.getAttribute('aria-pressed')).toBe('true');
    enButton.click();
    await settle();
    const patch = http.expectOne('/api/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ locale: 'en' });
    patch.flush({ ...SITI, locale: 'en' });
    await fixture.whenStable();
    expect(enButton.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(links(element)).toEqual([
      'Home',
      'Course catalog',
      'My learning',
      'My certificates',
      'Webinars',
      'Materials',
      'Manage courses',
      'Profile',
    ]);
  });
});
