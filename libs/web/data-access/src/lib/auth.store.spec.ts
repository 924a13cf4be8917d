import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { DEWI, configureAuthTesting, signedIn } from '../testing/auth-testing';
import { AUTH_API, AuthStore, REFRESH_LEAD_MS } from './auth.store';
import { LanguageStore } from './language.store';

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    configureAuthTesting();
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('signs in, keeps the token in memory and remembers that this device has a session', async () => {
    const done = store.signIn('dewi.lestari@perpustakaan.test', 'PustakaDemo2026');
    const request = http.expectOne(AUTH_API.login);
    expect(request.request.body).toEqual({ email: 'dewi.lestari@perpustakaan.test', password: 'PustakaDemo2026' });
    request.flush(signedIn('token-1'));
    await done;

    expect(store.signedIn()).toBe(true);
    expect(store.accessToken()).toBe('token-1');
    expect(store.user()?.fullName).toBe('Dewi Lestari');
    expect(localStorage.getItem('bp-session')).toBe('1');
  });

  it('switches to the language saved in the profile after signing in', async () => {
    const done = store.signIn('dewi.lestari@perpustakaan.test', 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1', { ...DEWI, locale: 'en' }));
    await done;
    expect(TestBed.inject(LanguageStore).current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends one refresh request however many callers ask at once', async () => {
    const first = store.refresh();
    const second = store.refresh();
    expect(second).toBe(first);
    const requests = http.match(AUTH_API.refresh);
    expect(requests).toHaveLength(1);
    requests[0].flush(signedIn('token-2'));
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
    expect(store.accessToken()).toBe('token-2');

    // Once settled, the next refresh is a new request.
    const third = store.refresh();
    http.expectOne(AUTH_API.refresh).flush(signedIn('token-3'));
    await expect(third).resolves.toBe(true);
  });

  it('uses the Web Locks API when the browser has it, so tabs do not rotate the cookie at once', async () => {
    const request = jest.fn((_name: string, callback: () => Promise<boolean>) => callback());
    Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
    try {
      const done = store.refresh();
      await Promise.resolve();
      http.expectOne(AUTH_API.refresh).flush(signedIn('token-2'));
      await expect(done).resolves.toBe(true);
      expect(request).toHaveBeenCalledWith('bp-refresh', expect.any(Function));
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });

  it('ends the local session when the refresh cookie is refused', async () => {
    const login = store.signIn('dewi.lestari@perpustakaan.test', 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;

    const done = store.refresh();
    http
      .expectOne(AUTH_API.refresh)
      .flush(
        { statusCode: 401, code: 'auth.refreshInvalid', message: 'Sesi berakhir' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(done).resolves.toBe(false);
    expect(store.signedIn()).toBe(false);
    expect(localStorage.getItem('bp-session')).toBeNull();
  });

  it('keeps a still-valid session when the refresh fails for another reason (offline)', async () => {
    const login = store.signIn('dewi.lestari@perpustakaan.test', 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;

    const done = store.refresh();
    http.expectOne(AUTH_API.refresh).error(new ProgressEvent('error'));
    await expect(done).resolves.toBe(true);
    expect(store.accessToken()).toBe('token-1');
  });

  it('restores the session at start only when this device had one', async () => {
    await store.restore();
    http.expectNone(AUTH_API.refresh);

    localStorage.setItem('bp-session', '1');
    const done = store.restore();
    http.expectOne(AUTH_API.refresh).flush(signedIn('token-9'));
    await done;
    expect(store.accessToken()).toBe('token-9');
  });

  it('refreshes a minute before the access token expires', async () => {
    jest.useFakeTimers();
    const login = store.signIn('dewi.lestari@perpustakaan.test', 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1', DEWI, 10 * 60_000));
    await login;

    jest.advanceTimersByTime(10 * 60_000 - REFRESH_LEAD_MS - 1_000);
    http.expectNone(AUTH_API.refresh);
    jest.advanceTimersByTime(2_000);
    http.expectOne(AUTH_API.refresh).flush(signedIn('token-2'));
  });

  it('opened without a connection, knows who signed in last (never a token), and refreshes when it returns', async () => {
    const login = store.signIn('dewi.lestari@perpustakaan.test', 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    expect(localStorage.getItem('bp-offline-user')).not.toContain('token-1');

    // A reload without a connection: a fresh store, the refresh cannot reach the server.
    TestBed.resetTestingModule();
    configureAuthTesting();
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
    const restoring = store.restore();
    http.expectOne(AUTH_API.refresh).error(new ProgressEvent('error'));
    await restoring;
    expect(store.signedIn()).toBe(true);
    expect(store.waitingForConnection()).toBe(true);
    expect(store.user()?.fullName).toBe('Dewi Lestari');
    expect(store.accessToken()).toBeNull();

    window.dispatchEvent(new Event('online'));
    http.expectOne(AUTH_API.refresh).flush(signedIn('token-2'));
    await Promise.resolve();
    await Promise.resolve();
    expect(store.waitingForConnection()).toBe(false);
    expect(store.accessToken()).toBe('token-2');
  });

  it('back online, ends an offline session the server no longer holds', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    localStorage.setItem('bp-session', '1');
    localStorage.setItem('bp-offline-user', JSON.stringify(DEWI));
    const restoring = store.restore();
    http.expectOne(AUTH_API.refresh).error(new ProgressEvent('error'));
    await restoring;
    expect(store.signedIn()).toBe(true);

    const reconnecting = store.reconnect();
    http
      .expectOne(AUTH_API.refresh)
      .flush({ statusCode: 401, code: 'auth.refreshInvalid', message: 'x' }, { status: 401, statusText: 'x' });
    await reconnecting;
    expect(store.signedIn()).toBe(false);
    expect(localStorage.getItem('bp-offline-user')).toBeNull();
    expect(navigate).toHaveBeenCalled();
  });

  it('back online, asks again a few seconds later when the network is not ready yet', async () => {
    localStorage.setItem('bp-session', '1');
    localStorage.setItem('bp-offline-user', JSON.stringify(DEWI));
    const restoring = store.restore();
    http.expectOne(AUTH_API.refresh).error(new ProgressEvent('error'));
    await restoring;

    jest.useFakeTimers();
    const reconnecting = store.reconnect();
    // Still unreachable (the service worker answers 504 for it).
    http.expectOne(AUTH_API.refresh).flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await reconnecting;
    expect(store.waitingForConnection()).toBe(true);

    jest.advanceTimersByTime(5_000);
    http.expectOne(AUTH_API.refresh).flush(signedIn('token-3'));
    await Promise.resolve();
    await Promise.resolve();
    expect(store.waitingForConnection()).toBe(false);
    expect(store.accessToken()).toBe('token-3');
  });

  it('a reload without a connection and no one remembered stays signed out', async () => {
    localStorage.setItem('bp-session', '1');
    const restoring = store.restore();
    http.expectOne(AUTH_API.refresh).error(new ProgressEvent('error'));
    await restoring;
    expect(store.signedIn()).toBe(false);
  });

  it('signing out leaves nothing of the person on the device: queued progress, answers, video places', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const login = store.signIn('dewi.lestari@perpustakaan.test', 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    localStorage.setItem(`bp.lesson-progress.${DEWI.id}`, '{}');
    localStorage.setItem('bp.quiz-answers.a1', '{}');
    localStorage.setItem('bp-video:l1', '[[0,5]]');
    localStorage.setItem('bp-lang', 'en');

    const done = store.signOut();
    http.expectOne(AUTH_API.logout).flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(Object.keys({ ...localStorage })).toEqual(['bp-lang']);
  });

  it('signs out on the server and locally, then opens the sign-in page', async () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const login = store.signIn('dewi.lestari@perpustakaan.test', 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;

    const done = store.signOut();
    http.expectOne(AUTH_API.logout).flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(store.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith('/masuk');
  });
});
