import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { WebinarSession } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { webinarTranslocoTesting } from '../testing';
import { WebinarDetailPage } from './webinar-detail.page';

const MINUTE = 60_000;

/** Lets the awaited calls finish, then renders. */
async function settle(harness: RouterTestingHarness): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await harness.fixture.whenStable();
}

function session(changes: Partial<WebinarSession> = {}): WebinarSession {
  return {
    id: 'w1',
    title: 'Kurasi Koleksi Digital',
    description: 'Praktik kurasi untuk perpustakaan umum.',
    courseId: null,
    courseTitle: null,
    audience: 'registered',
    cohortId: null,
    cohortName: null,
    startsAt: new Date(Date.now() + 60 * MINUTE).toISOString(),
    durationMinutes: 90,
    timeZone: 'Asia/Jakarta',
    jp: 2,
    capacity: null,
    requireAdmission: false,
    status: 'scheduled',
    openedAt: null,
    endedAt: null,
    staff: [{ userId: 'u1', name: 'Siti Rahayu', role: 'host' }],
    registeredCount: 4,
    myRole: 'attendee',
    registered: false,
    canManage: false,
    ...changes,
  };
}

describe('WebinarDetailPage', () => {
  async function open(value: WebinarSession) {
    TestBed.configureTestingModule({
      imports: [webinarTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        // A trainer (the evaluation's survey list is for those who build surveys).
        { provide: AuthStore, useValue: { hasAnyRole: () => true } },
        provideRouter([
          { path: 'webinar/:webinarId', component: WebinarDetailPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl('/webinar/w1');
    http.expectOne('/api/webinars/w1').flush(value);
    await settle(harness);
    return { harness, http, element: harness.routeNativeElement as HTMLElement };
  }

  const button = (element: HTMLElement, text: string) =>
    [...element.querySelectorAll('button, a')].find((item) => item.textContent?.trim() === text) as
      | HTMLButtonElement
      | undefined;

  it('keeps Join closed until 10 minutes before the start, and says when it opens', async () => {
    const { element } = await open(session());
    const join = button(element, 'Gabung ke webinar');
    expect(join?.disabled).toBe(true);
    expect(element.textContent).toMatch(/Tombol Gabung aktif mulai pukul \d\d\.\d\d WIB\./);
    expect(element.textContent).toContain('90 menit, sampai');
  });

  it('opens Join from 10 minutes before the start', async () => {
    const { element } = await open(session({ startsAt: new Date(Date.now() + 9 * MINUTE).toISOString() }));
    const join = button(element, 'Gabung ke webinar');
    expect(join?.tagName).toBe('A');
    expect(join?.getAttribute('href')).toBe('/webinar/w1/ruang');
  });

  it('registers and cancels for a session open to registration', async () => {
    const { harness, http, element } = await open(session());
    button(element, 'Daftar')?.click();
    const request = http.expectOne('/api/webinars/w1/registration');
    expect(request.request.method).toBe('POST');
    request.flush(session({ registered: true, registeredCount: 5 }));
    await settle(harness);
    expect(element.textContent).toContain('Anda sudah terdaftar');
    expect(element.textContent).toContain('Pendaftaran Anda tercatat.');
    button(element, 'Batal daftar')?.click();
    expect(http.expectOne('/api/webinars/w1/registration').request.method).toBe('DELETE');
  });

  it('shows an invited session as invited only, with no way to register', async () => {
    const { element } = await open(session({ audience: 'invited', registeredCount: 6 }));
    expect(element.textContent).toContain('Khusus undangan (6 orang diundang)');
    expect(button(element, 'Daftar')).toBeUndefined();
    expect(element.textContent).not.toContain('Anda sudah terdaftar');
    // Before the session ends there is no evaluation to offer (and nothing is asked for).
    expect(element.querySelector('bp-webinar-evaluation-card')).toBeNull();
  });

  it('lets a host open the room before the start, and shows the managing actions', async () => {
    const { http, element } = await open(
      session({ myRole: 'host', canManage: true, startsAt: new Date(Date.now() + 3 * 60 * MINUTE).toISOString() }),
    );
    expect(button(element, 'Ubah')).toBeDefined();
    expect(button(element, 'Daftar hadir')).toBeDefined();
    expect(button(element, 'Daftar')).toBeUndefined();
    button(element, 'Buka ruang dan masuk')?.click();
    expect(http.expectOne('/api/webinars/w1/open').request.method).toBe('POST');
  });

  it('offers a participant the session’s evaluation once it has ended', async () => {
    const ended = session({ status: 'ended', startsAt: new Date(Date.now() - 3 * 60 * MINUTE).toISOString() });
    const { harness, http, element } = await open(ended);
    http
      .expectOne('/api/webinars/w1/evaluation')
      .flush({ surveyId: 's1', title: 'Evaluasi Penyelenggaraan', answered: false, required: true });
    await settle(harness);
    expect(element.querySelector('bp-webinar-evaluation-card')?.textContent).toContain('Evaluasi Penyelenggaraan');
    expect(element.querySelector('bp-webinar-evaluation-settings')).toBeNull();
    http.verify();
  });

  it('lets those who manage a session choose its evaluation, unless it was cancelled', async () => {
    const { http, element } = await open(session({ myRole: 'host', canManage: true }));
    expect(element.querySelector('bp-webinar-evaluation-settings h2')?.textContent?.trim()).toBe('Evaluasi sesi');
    expect(element.querySelector('bp-webinar-evaluation-card')).toBeNull();
    http.expectOne('/api/webinars/w1/evaluation');
    http.expectOne((request) => request.url === '/api/surveys');
    TestBed.resetTestingModule();
    const cancelled = await open(session({ myRole: 'host', canManage: true, status: 'cancelled' }));
    expect(cancelled.element.querySelector('bp-webinar-evaluation-settings')).toBeNull();
    cancelled.http.verify();
  });

  it('shows the server’s reason when a call fails', async () => {
    const { harness, http, element } = await open(session());
    button(element, 'Daftar')?.click();
    http
      .expectOne('/api/webinars/w1/registration')
      .flush(
        { statusCode: 409, code: 'webinar.full', message: 'Kuota sesi ini sudah penuh.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(harness);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Kuota sesi ini sudah penuh.');
  });
});
