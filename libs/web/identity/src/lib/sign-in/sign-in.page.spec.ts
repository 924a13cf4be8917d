import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { SignInPage } from './sign-in.page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SignInPage', () => {
  async function render() {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [
        SignInPage,
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              fields: { email: 'Email', password: 'Kata sandi' },
              signIn: { submit: 'Masuk', registerLink: 'Daftar' },
              validation: { required: 'Wajib diisi.', email: 'Email tidak valid.' },
            },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    }).compileComponents();
    const fixture = TestBed.createComponent(SignInPage);
    const http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  function type(element: HTMLElement, selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  it('shows "Daftar" only while self-registration is open', async () => {
    const { fixture, http, element } = await render();
    http.expectOne('/api/settings/public').flush({ selfRegistration: true, defaultLocale: 'id' });
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('a')).map((a) => a.textContent?.trim())).toContain('Daftar');
  });

  it('checks the fields before calling the api and describes the error', async () => {
    const { fixture, http, element } = await render();
    http.expectOne('/api/settings/public').flush({ selfRegistration: false, defaultLocale: 'id' });
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    http.expectNone('/api/auth/login');
    const email = element.querySelector<HTMLInputElement>('#sign-in-email');
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(email?.getAttribute('aria-describedby')).toBe('sign-in-email-error');
    expect(element.querySelector('#sign-in-email-error')?.textContent).toContain('Wajib diisi.');
    expect(document.activeElement).toBe(email);
  });

  it("shows the server's message in an alert and its issues under the fields", async () => {
    const { fixture, http, element } = await render();
    http.expectOne('/api/settings/public').flush({ selfRegistration: false, defaultLocale: 'id' });
    type(element, '#sign-in-email', 'dewi@perpustakaan.test');
    type(element, '#sign-in-password', 'salah');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();

    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        code: 'auth.invalidCredentials',
        message: 'Email atau kata sandi salah.',
        issues: [{ field: 'password', message: 'Periksa kata sandi.' }],
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Email atau kata sandi salah.');
    expect(element.querySelector('#sign-in-password-error')?.textContent).toContain('Periksa kata sandi.');
    expect(element.querySelector('#sign-in-password')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('goes to the page it was asked for after signing in', async () => {
    const { fixture, http, element } = await render();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    http.expectOne('/api/settings/public').flush({ selfRegistration: false, defaultLocale: 'id' });
    type(element, '#sign-in-email', 'dewi@perpustakaan.test');
    type(element, '#sign-in-password', 'PustakaDemo2026');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    http.expectOne('/api/auth/login').flush({
      accessToken: 't',
      accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
      user: {
        id: '1',
        email: 'dewi@perpustakaan.test',
        fullName: 'Dewi',
        nip: null,
        position: null,
        institution: null,
        roles: ['learner'],
        locale: 'id',
      },
    });
    await settle();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
