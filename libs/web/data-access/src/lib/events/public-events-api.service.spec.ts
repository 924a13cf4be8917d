import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { PublicEventsApi } from './public-events-api.service';

const EVENT = '6f1d2c1e-9999-4c3a-9b1a-000000000001';
const TOKEN = 'eyJyIjoiMSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('PublicEventsApi', () => {
  let http: HttpTestingController;
  let api: PublicEventsApi;

  beforeEach(() => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(PublicEventsApi);
  });

  afterEach(() => http.verify());

  /** Subscribes, checks the one request it makes and answers it. */
  async function expectCall(call: Observable<unknown>, method: string, url: string, body: unknown = null) {
    const done = firstValueFrom(call, { defaultValue: null });
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe(method);
    if (method === 'POST') expect(request.request.body).toEqual(body);
    request.flush({ ok: true });
    await done;
    return request.request;
  }

  it('lists and reads events without signing in, filters in the query and the slug kept in its segment', async () => {
    const list = await expectCall(
      api.list({ kind: 'book-launch', from: '2026-12-01', to: undefined, page: 2, pageSize: 12 }),
      'GET',
      '/api/public/events?kind=book-launch&from=2026-12-01&page=2&pageSize=12',
    );
    expect(list.headers.has('Authorization')).toBe(false);
    await expectCall(api.list(), 'GET', '/api/public/events');
    await expectCall(api.bySlug('peluncuran/../x'), 'GET', '/api/public/events/peluncuran%2F..%2Fx');
    expect(api.calendarUrl('peluncuran-buku-a1b2')).toBe('/api/public/events/peluncuran-buku-a1b2/calendar.ics');
  });

  it("registers a guest and posts every email link's token in the body, never in the URL", async () => {
    const input = { name: 'Siti Rahma', email: 'siti@contoh.id', answers: {}, consent: true as const, website: '' };
    await expectCall(api.register('baca-a1b2', input), 'POST', '/api/public/events/baca-a1b2/registrations', input);
    await expectCall(api.confirm(TOKEN), 'POST', '/api/public/event-registrations/confirm', { token: TOKEN });
    await expectCall(api.ticket(TOKEN), 'POST', '/api/public/event-registrations/ticket', { token: TOKEN });
    await expectCall(api.cancel(TOKEN), 'POST', '/api/public/event-registrations/cancel', { token: TOKEN });
    await expectCall(api.erase(TOKEN), 'POST', '/api/public/event-registrations/erase', { token: TOKEN });
  });

  it("uses a member's own registration by event id, signed in", async () => {
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    const mine = await expectCall(api.myRegistration(EVENT), 'GET', `/api/events/${EVENT}/registration`);
    expect(mine.headers.get('Authorization')).toBe('Bearer token-1');
    await expectCall(api.registerMember(EVENT), 'POST', `/api/events/${EVENT}/registration`, { answers: {} });
    // The organiser's required questions travel with the one click.
    await expectCall(api.registerMember(EVENT, { q1: 'Mahasiswa' }), 'POST', `/api/events/${EVENT}/registration`, {
      answers: { q1: 'Mahasiswa' },
    });
    await expectCall(api.cancelMine(EVENT), 'DELETE', `/api/events/${EVENT}/registration`);
  });

  it("passes on the api's refusal with its sentence and Retry-After", async () => {
    const sent = firstValueFrom(api.register('baca-a1b2', { name: 'A', email: 'a@b.id', answers: {}, consent: true }));
    http.expectOne('/api/public/events/baca-a1b2/registrations').flush(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Terlalu banyak pendaftaran.',
        code: 'event.rateLimited',
      },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '600' } },
    );
    const failure = toApiFailure(await sent.catch((error: unknown) => error));
    expect(failure).toMatchObject({ status: 429, message: 'Terlalu banyak pendaftaran.', retryAfterSeconds: 600 });
  });
});
