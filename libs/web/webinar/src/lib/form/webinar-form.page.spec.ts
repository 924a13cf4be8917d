import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { webinarTranslocoTesting } from '../testing';
import { WebinarFormPage } from './webinar-form.page';

const EMPTY = { items: [], total: 0, page: 1, pageSize: 100 };

describe('WebinarFormPage', () => {
  async function open(url = '/webinar/baru') {
    TestBed.configureTestingModule({
      imports: [webinarTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { roles: () => ['trainer'] } },
        provideRouter([
          { path: 'webinar/baru', component: WebinarFormPage },
          { path: 'webinar/:webinarId/ubah', component: WebinarFormPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    await harness.navigateByUrl(url);
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await harness.fixture.whenStable();
    };
    return { harness, http, render, element: harness.routeNativeElement as HTMLElement };
  }

  function type(element: HTMLElement, selector: string, value: string): void {
    const input = element.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  }

  it('schedules a session: time in WIB with its offset, the staff with their roles', async () => {
    const { http, render, element } = await open();
    // A trainer picks among their own courses.
    const courses = http.expectOne((request) => request.url === '/api/courses');
    expect(courses.request.params.get('mine')).toBe('true');
    courses.flush(EMPTY);
    await render();

    type(element, '#webinar-title', 'Kurasi Koleksi Digital');
    type(element, '#webinar-date', '2026-12-03');
    type(element, '#webinar-time', '14:00');
    type(element, '#webinar-duration', '90');
    type(element, '#webinar-jp', '2');
    (element.querySelector('input[type="checkbox"]') as HTMLInputElement).click();

    type(element, '#staff-q', 'budi');
    (element.querySelector('.staff-search-row button') as HTMLButtonElement).click();
    http
      .expectOne((request) => request.url === '/api/trainers' && request.params.get('q') === 'budi')
      .flush([
        { id: '6f1d2c1e-1111-4c3a-9b1a-000000000009', fullName: 'Budi Santoso', email: 'budi@perpustakaan.test' },
      ]);
    await render();
    const addPresenter = [...element.querySelectorAll('.staff-results button')].find((button) =>
      button.textContent?.includes('+ Narasumber'),
    ) as HTMLButtonElement;
    addPresenter.click();
    await render();
    expect(element.querySelector('.staff-list')?.textContent).toContain('Budi Santoso');

    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    const create = http.expectOne('/api/webinars');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      title: 'Kurasi Koleksi Digital',
      description: '',
      courseId: null,
      audience: 'registered',
      cohortId: null,
      startsAt: '2026-12-03T14:00:00+07:00',
      durationMinutes: 90,
      timeZone: 'Asia/Jakarta',
      jp: 2,
      capacity: null,
      requireAdmission: true,
      staff: [{ userId: '6f1d2c1e-1111-4c3a-9b1a-000000000009', role: 'presenter' }],
    });
  });

  it('does not send a form with a missing title, and shows the server’s issues under the fields', async () => {
    const { http, render, element } = await open();
    http.expectOne((request) => request.url === '/api/courses').flush(EMPTY);
    await render();
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    http.expectNone('/api/webinars');
    expect(document.activeElement?.id).toBe('webinar-title');

    type(element, '#webinar-title', 'Kurasi');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    http.expectOne('/api/webinars').flush(
      {
        statusCode: 422,
        code: 'validation.failed',
        message: 'Periksa kembali isian Anda.',
        issues: [{ field: 'durationMinutes', message: 'Durasi paling lama 480 menit.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await render();
    expect(element.textContent).toContain('Periksa kembali isian Anda.');
    expect(element.textContent).toContain('Durasi paling lama 480 menit.');
  });

  it('edits an invited session without its audience: its people are set where they were invited', async () => {
    const { http, render, element } = await open('/webinar/w1/ubah');
    http.expectOne((request) => request.url === '/api/courses').flush(EMPTY);
    await render();
    http.expectOne('/api/webinars/w1').flush({
      id: 'w1',
      title: 'Diskusi Fokus: Layanan Referensi',
      description: '',
      courseId: null,
      courseTitle: null,
      audience: 'invited',
      cohortId: null,
      cohortName: null,
      startsAt: '2026-12-03T07:00:00.000Z',
      durationMinutes: 90,
      timeZone: 'Asia/Jakarta',
      jp: 0,
      capacity: null,
      requireAdmission: false,
      status: 'scheduled',
      openedAt: null,
      endedAt: null,
      staff: [{ userId: 'u1', name: 'Siti Rahayu', role: 'host' }],
      registeredCount: 6,
      myRole: 'host',
      registered: false,
      canManage: true,
    });
    await render();
    expect(element.textContent).toContain('Khusus undangan');
    expect(element.querySelector('input[type="radio"]')).toBeNull();
    expect(element.querySelector('#webinar-course')).toBeNull();

    type(element, '#webinar-title', 'Diskusi Fokus: Sesi Kedua');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    const update = http.expectOne('/api/webinars/w1');
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toMatchObject({ title: 'Diskusi Fokus: Sesi Kedua', jp: 0 });
    expect(update.request.body).not.toHaveProperty('audience');
    expect(update.request.body).not.toHaveProperty('courseId');
    expect(update.request.body).not.toHaveProperty('cohortId');
  });
});
