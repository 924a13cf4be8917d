import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { EventDoorApi } from './event-door-api.service';

const EVENT = '6f1d2c1e-8888-4c3a-9b1a-000000000001';
const SCAN = '6f1d2c1e-8888-4c3a-9b1a-000000000002';
const AT = '2026-12-19T02:12:00.000Z';

describe('EventDoorApi', () => {
  let http: HttpTestingController;
  let api: EventDoorApi;

  beforeEach(async () => {
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    api = TestBed.inject(EventDoorApi);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  it('reads the event and its roster with the token', async () => {
    const event = firstValueFrom(api.event(EVENT));
    const first = http.expectOne(`/api/events/${EVENT}`);
    expect(first.request.method).toBe('GET');
    expect(first.request.headers.get('Authorization')).toBe('Bearer token-1');
    first.flush({ id: EVENT });
    await expect(event).resolves.toEqual({ id: EVENT });

    const roster = firstValueFrom(api.roster(EVENT));
    const second = http.expectOne(`/api/events/${EVENT}/roster`);
    expect(second.request.method).toBe('GET');
    second.flush({ eventId: EVENT, entries: [] });
    await expect(roster).resolves.toEqual({ eventId: EVENT, entries: [] });
  });

  it('sends queued check-ins as one batch and a walk-in as it was typed', async () => {
    const sent = firstValueFrom(api.checkIns(EVENT, [{ scanId: SCAN, ticketCode: 'abc_DEF', at: AT }]));
    const batch = http.expectOne(`/api/events/${EVENT}/check-ins`);
    expect(batch.request.method).toBe('POST');
    expect(batch.request.body).toEqual({ checkIns: [{ scanId: SCAN, ticketCode: 'abc_DEF', at: AT }] });
    batch.flush({ outcomes: [], counts: {} });
    await sent;

    const walkIn = { name: 'Siti Rahma', affiliation: 'SMA 3 Kupang', scanId: SCAN, at: AT };
    const registered = firstValueFrom(api.walkIn(EVENT, walkIn));
    const request = http.expectOne(`/api/events/${EVENT}/walk-ins`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(walkIn);
    request.flush({ scanId: SCAN, outcome: 'checked-in' });
    await expect(registered).resolves.toEqual({ scanId: SCAN, outcome: 'checked-in' });
  });
});
