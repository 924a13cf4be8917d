import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { ManageEventsApi, type EventBody } from './manage-events-api.service';

const EVENT = '7a1d2c1e-5555-4c3a-9b1a-000000000001';
const REGISTRATION = '7a1d2c1e-5555-4c3a-9b1a-000000000002';
const SERIES = '7a1d2c1e-5555-4c3a-9b1a-000000000003';

const body: EventBody = {
  kind: 'book-launch',
  format: 'in-person',
  title: 'Peluncuran Buku "Senja di Losari"',
  summary: '',
  description: '',
  timeZone: 'Asia/Makassar',
  days: [{ startsAt: '2026-12-19T01:00:00.000Z', endsAt: '2026-12-19T04:00:00.000Z' }],
  venue: { name: 'Perpustakaan Kota', address: 'Jl. Penghibur 1', city: 'Makassar', latitude: null, longitude: null },
  programme: [],
  people: [],
  partnerIds: [],
  organiserIds: [],
  capacity: 120,
  registrationOpensAt: null,
  registrationClosesAt: null,
  questions: [],
  dataPurpose: 'Untuk mengelola pendaftaran.',
  guestDataRetentionDays: 365,
  seriesId: null,
  webinarSessionId: null,
  book: null,
};

describe('ManageEventsApi', () => {
  let http: HttpTestingController;
  let api: ManageEventsApi;

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    api = TestBed.inject(ManageEventsApi);
  });

  afterEach(() => http.verify());

  /** Subscribes, checks the one request it makes (with the Bearer token) and answers it. */
  async function expectCall(call: Observable<unknown>, method: string, url: string, sent: unknown = null) {
    const done = firstValueFrom(call, { defaultValue: undefined });
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe(method);
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    if (method !== 'GET' && method !== 'DELETE') expect(request.request.body).toEqual(sent);
    request.flush({ id: EVENT });
    return done;
  }

  it('lists events with only the filters given', async () => {
    await expectCall(
      api.list({ status: 'draft', kind: 'reading-club', q: 'senja', page: 2, pageSize: 20 }),
      'GET',
      '/api/events?status=draft&kind=reading-club&q=senja&page=2&pageSize=20',
    );
    await expectCall(api.list({ q: '', page: 1, pageSize: 20 }), 'GET', '/api/events?page=1&pageSize=20');
  });

  it('creates, reads, changes, publishes, cancels and deletes an event where the route table puts it', async () => {
    await expectCall(api.create(body), 'POST', '/api/events', body);
    await expectCall(api.event(EVENT), 'GET', `/api/events/${EVENT}`);
    await expectCall(api.update(EVENT, { capacity: 80 }), 'PATCH', `/api/events/${EVENT}`, { capacity: 80 });
    await expectCall(api.publish(EVENT), 'POST', `/api/events/${EVENT}/publish`);
    await expectCall(api.cancel(EVENT), 'POST', `/api/events/${EVENT}/cancel`);
    await expectCall(api.remove('a/b'), 'DELETE', '/api/events/a%2Fb');
    await expectCall(api.removeCover(EVENT), 'DELETE', `/api/events/${EVENT}/cover`);
    await expectCall(api.series(SERIES), 'GET', `/api/event-series/${SERIES}`);
  });

  it('sends the cover as the one file of a multipart PUT', async () => {
    const done = firstValueFrom(api.uploadCover(EVENT, new File(['png'], 'sampul.png', { type: 'image/png' })));
    const request = http.expectOne(`/api/events/${EVENT}/cover`);
    expect(request.request.method).toBe('PUT');
    const sent = request.request.body as FormData;
    expect((sent.get('file') as File).name).toBe('sampul.png');
    request.flush({ id: EVENT, coverUrl: '/api/event-covers/abc' });
    expect(await done).toMatchObject({ coverUrl: '/api/event-covers/abc' });
  });

  it('reads registrations, cancels one, and issues certificates by role', async () => {
    await expectCall(
      api.registrations(EVENT, { status: 'waitlisted', q: 'sari', page: 1, pageSize: 50 }),
      'GET',
      `/api/events/${EVENT}/registrations?status=waitlisted&q=sari&page=1&pageSize=50`,
    );
    await expectCall(
      api.cancelRegistration(EVENT, REGISTRATION),
      'POST',
      `/api/events/${EVENT}/registrations/${REGISTRATION}/cancel`,
    );
    await expectCall(
      api.issueCertificates(EVENT, { templateId: SERIES, roles: ['peserta', 'narasumber'] }),
      'POST',
      `/api/events/${EVENT}/certificates`,
      { templateId: SERIES, roles: ['peserta', 'narasumber'] },
    );
  });

  it('downloads the attendance export with the server’s file name, and reads a refusal’s JSON', async () => {
    const saved = firstValueFrom(api.attendance(EVENT, 'xlsx'));
    const file = http.expectOne(`/api/events/${EVENT}/attendance.xlsx`);
    expect(file.request.headers.get('Authorization')).toBe('Bearer token-1');
    file.flush(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="presensi-senja.xlsx"' } });
    expect((await saved).fileName).toBe('presensi-senja.xlsx');

    // Every live registration, not only those who came.
    const everyone = firstValueFrom(api.attendance(EVENT, 'csv', true));
    http.expectOne(`/api/events/${EVENT}/attendance.csv?all=true`).flush(new Blob(['nama']));
    expect((await everyone).fileName).toBe(`presensi-${EVENT.slice(0, 8)}.csv`);

    const refused = firstValueFrom(api.attendance(EVENT, 'csv')).catch((error: unknown) => toApiFailure(error));
    const answer = JSON.stringify({ statusCode: 404, code: 'event.notFound', message: 'Acara tidak ditemukan.' });
    http
      .expectOne(`/api/events/${EVENT}/attendance.csv`)
      .flush(new Blob([answer], { type: 'application/json' }), { status: 404, statusText: 'Not Found' });
    expect(await refused).toMatchObject({ status: 404, message: 'Acara tidak ditemukan.' });
  });
});
