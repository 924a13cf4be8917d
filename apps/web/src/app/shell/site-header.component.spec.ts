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
  const button = (element: HTMLElement, selector: string) => element.querySelector(selector) as HTMLButtonElement;
  const press = (element: HTMLElement, key: string) =>
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

  it('shows guests only the language switch', async () => {
    const { element } = await render(null);
    expect(element.querySelector('nav')).toBeNull();
    expect(element.querySelector('.language-switch')).not.toBeNull();
    expect(element.querySelector('.notifications-link')).toBeNull();
    expect(element.textContent).not.toContain('Keluar');
  });

  it('shows a trainer the learner’s links, then "Kelola" for the staff pages', async () => {
    const { element } = await render(SITI);
    expect(links(element)).toEqual([
      'Beranda',
      'Pelatihan',
      'Pembelajaran saya',
      'Webinar',
      'Forum',
      'Sertifikat saya',
      'Materi',
      'Kelola',
    ]);
    // Who is signed in: the account button says it, the account menu shows it.
    expect(element.querySelector('.account-toggle .visually-hidden')?.textContent?.trim()).toBe('Akun: Siti Rahmawati');
    expect(element.querySelector('.account-avatar')?.textContent?.trim()).toBe('SR');
    expect(element.querySelector('.account-menu')?.textContent).toContain('Siti Rahmawati');
    expect(Array.from(element.querySelectorAll('.account-menu a')).map((a) => a.textContent?.trim())).toEqual([
      'Profil',
    ]);
  });

  it('gives a coordinator the same short list: user administration and certificates are under "Kelola"', async () => {
    const { element } = await render({ ...SITI, roles: ['coordinator'] });
    expect(links(element)).toEqual([
      'Beranda',
      'Pelatihan',
      'Pembelajaran saya',
      'Webinar',
      'Forum',
      'Sertifikat saya',
      'Materi',
      'Kelola',
    ]);
  });

  it('shows a learner the learning screens only', async () => {
    const { element } = await render({ ...SITI, roles: ['learner'] });
    expect(links(element)).toEqual([
      'Beranda',
      'Pelatihan',
      'Pembelajaran saya',
      'Webinar',
      'Forum',
      'Sertifikat saya',
      'Materi',
    ]);
  });

  it('opens the phone menu on its first link and closes it with Escape, back on the Menu button', async () => {
    const { fixture, element } = await render(SITI);
    const toggle = button(element, '.menu-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(element.querySelector('#site-menu')?.classList).toContain('site-menu-open');
    expect(document.activeElement?.textContent?.trim()).toBe('Beranda');

    press(document.activeElement as HTMLElement, 'Escape');
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('closes the menu on a click outside the header', async () => {
    const { fixture, element } = await render(SITI);
    button(element, '.menu-toggle').click();
    await fixture.whenStable();
    document.body.click();
    await fixture.whenStable();
    expect(button(element, '.menu-toggle').getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the account menu on Profil; Escape closes it and focus returns to the account button', async () => {
    const { fixture, element } = await render(SITI);
    const account = button(element, '.account-toggle');
    account.click();
    await fixture.whenStable();
    expect(account.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent?.trim()).toBe('Profil');

    press(document.activeElement as HTMLElement, 'Escape');
    await fixture.whenStable();
    expect(account.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(account);
    // The phone menu was never opened: Escape closed only the innermost panel.
    expect(button(element, '.menu-toggle').getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the account menu when focus moves on to another control', async () => {
    const { fixture, element } = await render(SITI);
    button(element, '.account-toggle').click();
    await fixture.whenStable();
    const bell = element.querySelector('.notifications-link');
    (element.querySelector('.account') as HTMLElement).dispatchEvent(
      new FocusEvent('focusout', { relatedTarget: bell, bubbles: true }),
    );
    await fixture.whenStable();
    expect(button(element, '.account-toggle').getAttribute('aria-expanded')).toBe('false');
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
      'Courses',
      'My learning',
      'Webinars',
      'Forums',
      'My certificates',
      'Materials',
      'Manage',
    ]);
  });
});
