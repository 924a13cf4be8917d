import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../testing/auth-testing';
import { authInterceptor } from './auth.interceptor';
import { AUTH_API, AuthStore } from './auth.store';
import { LanguageStore } from './language.store';

/** Lets the refresh promise chain run before the next expectation. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('authInterceptor', () => {
  let httpClient: HttpClient;
  let http: HttpTestingController;
  let auth: AuthStore;

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    httpClient = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    const login = auth.signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('old-token'));
    await login;
  });

  afterEach(() => http.verify());

  const unauthorized = { status: 401, statusText: 'Unauthorized' };
  const body401 = { statusCode: 401, error: 'Unauthorized', code: 'auth.tokenInvalid', message: 'Sesi berakhir' };

  it('sends the access token and the UI language to the api', async () => {
    await TestBed.inject(LanguageStore).use('en');
    const done = firstValueFrom(httpClient.get('/api/me'));
    const request = http.expectOne('/api/me');
    expect(request.request.headers.get('Authorization')).toBe('Bearer old-token');
    expect(request.request.headers.get('Accept-Language')).toBe('en');
    request.flush(DEWI);
    await done;
  });

  it('leaves other origins alone and never sends the token to auth endpoints', async () => {
    const other = firstValueFrom(httpClient.get('https://example.org/x'));
    const otherRequest = http.expectOne('https://example.org/x');
    expect(otherRequest.request.headers.has('Authorization')).toBe(false);
    otherRequest.flush({});
    await other;

    const forgot = firstValueFrom(httpClient.post('/api/auth/password/forgot', { email: 'a@b.c' }));
    const forgotRequest = http.expectOne('/api/auth/password/forgot');
    expect(forgotRequest.request.headers.has('Authorization')).toBe(false);
    expect(forgotRequest.request.headers.get('Accept-Language')).toBe('id');
    forgotRequest.flush({ message: 'ok' });
    await forgot;
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const done = firstValueFrom(httpClient.get('/api/me'));
    http.expectOne('/api/me').flush(body401, unauthorized);
    await settle();
    http.expectOne(AUTH_API.refresh).flush(signedIn('new-token'));
    await settle();
    const retry = http.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new-token');
    retry.flush(DEWI);
    await expect(done).resolves.toEqual(DEWI);
  });

  it('shares one refresh between calls that fail together', async () => {
    const a = firstValueFrom(httpClient.get('/api/users'));
    const b = firstValueFrom(httpClient.get('/api/invitations'));
    http.expectOne('/api/users').flush(body401, unauthorized);
    http.expectOne('/api/invitations').flush(body401, unauthorized);
    await settle();
    const refreshes = http.match(AUTH_API.refresh);
    expect(refreshes).toHaveLength(1);
    refreshes[0].flush(signedIn('new-token'));
    await settle();
    http.expectOne('/api/users').flush({ items: [] });
    http.expectOne('/api/invitations').flush({ items: [] });
    await expect(Promise.all([a, b])).resolves.toHaveLength(2);
  });

  it('sends the person to sign in, with the way back, when the session cannot be refreshed', async () => {
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/admin/pengguna');
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);

    const done = firstValueFrom(httpClient.get('/api/users'));
    http.expectOne('/api/users').flush(body401, unauthorized);
    await settle();
    http.expectOne(AUTH_API.refresh).flush({ ...body401, code: 'auth.refreshInvalid' }, unauthorized);

    await expect(done).rejects.toMatchObject({ status: 401 });
    expect(auth.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/masuk'], { queryParams: { kembali: '/admin/pengguna' } });
  });

  it('does not retry a failed sign-in', async () => {
    const done = firstValueFrom(httpClient.post(AUTH_API.login, { email: 'x', password: 'y' }));
    http.expectOne(AUTH_API.login).flush({ ...body401, code: 'auth.invalidCredentials' }, unauthorized);
    await expect(done).rejects.toMatchObject({ status: 401 });
    http.expectNone(AUTH_API.refresh);
  });

  it('passes other errors through untouched', async () => {
    const done = firstValueFrom(httpClient.get('/api/users'));
    http
      .expectOne('/api/users')
      .flush({ statusCode: 403, code: 'access.forbidden', message: 'x' }, { status: 403, statusText: 'Forbidden' });
    await expect(done).rejects.toMatchObject({ status: 403 });
    http.expectNone(AUTH_API.refresh);
  });
});
