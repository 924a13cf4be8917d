import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { VISITS_API, VisitBeaconService, visitPath } from './visit-beacon.service';

@Component({ template: '' })
class PageComponent {}

/** What a Blob or a fetch body said, as the api would read it. */
const readBody = async (body: Blob | string): Promise<unknown> => {
  if (typeof body === 'string') return JSON.parse(body);
  const reader = new FileReader();
  const text = new Promise<string>((resolve) =>
    reader.addEventListener('load', () => resolve(reader.result as string)),
  );
  reader.readAsText(body);
  return JSON.parse(await text);
};

describe('visitPath', () => {
  it('keeps the path only: no query, fragment or matrix parameters', () => {
    expect(visitPath('/acara/tiket#token=eyJhbGciOi')).toBe('/acara/tiket');
    expect(visitPath('/pelatihan?q=arsip&page=2')).toBe('/pelatihan');
    expect(visitPath('/forum;secret=1/topik')).toBe('/forum');
    expect(visitPath('')).toBe('/');
    expect(visitPath(`/${'a'.repeat(400)}`)).toHaveLength(300);
  });
});

describe('VisitBeaconService', () => {
  let router: Router;
  let sendBeacon: jest.Mock;
  let fetchSpy: jest.Mock;
  const originalFetch = globalThis.fetch;

  beforeEach(() => {
    sendBeacon = jest.fn().mockReturnValue(true);
    Object.defineProperty(navigator, 'sendBeacon', { value: sendBeacon, configurable: true, writable: true });
    fetchSpy = jest.fn().mockResolvedValue({ status: 204 });
    globalThis.fetch = fetchSpy;
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: '**', component: PageComponent }])] });
    router = TestBed.inject(Router);
    TestBed.inject(VisitBeaconService).start();
  });

  afterEach(() => {
    globalThis.fetch = originalFetch;
    Reflect.deleteProperty(navigator, 'sendBeacon');
  });

  const beaconPaths = () => Promise.all(sendBeacon.mock.calls.map(([, body]: [string, Blob]) => readBody(body)));

  it('sends a beacon with the path on each navigation, never the query or the fragment', async () => {
    await router.navigateByUrl('/acara/tiket?ref=wa#token=rahasia');
    await router.navigateByUrl('/pelatihan');
    expect(sendBeacon.mock.calls.map(([url]) => url)).toEqual([VISITS_API, VISITS_API]);
    expect((sendBeacon.mock.calls[0][1] as Blob).type).toBe('application/json');
    expect(await beaconPaths()).toEqual([{ path: '/acara/tiket' }, { path: '/pelatihan' }]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('a change of only the query or fragment is the same page: not sent again', async () => {
    await router.navigateByUrl('/pelatihan');
    await router.navigateByUrl('/pelatihan?q=arsip');
    await router.navigateByUrl('/pelatihan?q=arsip#hasil');
    await router.navigateByUrl('/forum');
    await router.navigateByUrl('/pelatihan');
    expect(await beaconPaths()).toEqual([{ path: '/pelatihan' }, { path: '/forum' }, { path: '/pelatihan' }]);
  });

  it('falls back to a keepalive fetch where there is no beacon or it was refused', async () => {
    sendBeacon.mockReturnValue(false);
    await router.navigateByUrl('/webinar');
    Reflect.deleteProperty(navigator, 'sendBeacon');
    await router.navigateByUrl('/forum');
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    const [url, init] = fetchSpy.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(VISITS_API);
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' } });
    expect(await readBody(init.body as string)).toEqual({ path: '/webinar' });
    expect(await readBody((fetchSpy.mock.calls[1] as [string, RequestInit])[1].body as string)).toEqual({
      path: '/forum',
    });
  });

  it('a blocked beacon falls back to fetch; a failing fetch never breaks navigating', async () => {
    sendBeacon.mockImplementation(() => {
      throw new TypeError('beacon blocked');
    });
    fetchSpy.mockRejectedValue(new TypeError('offline'));
    await expect(router.navigateByUrl('/profil')).resolves.toBe(true);
    expect(router.url).toBe('/profil');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('started twice, still reports each page once', async () => {
    TestBed.inject(VisitBeaconService).start();
    await router.navigateByUrl('/sertifikat-saya');
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });
});
