import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SurveySummary, WebinarSession } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { settle } from '@bina-pustaka/web-ui/testing';
import axe from 'axe-core';
import { webinarTranslocoTesting } from '../testing';
import { WebinarEvaluationSettingsComponent } from './webinar-evaluation-settings.component';

const SESSION = '6f1d2c1e-aaaa-4c3a-9b1a-000000000001';
const SURVEY = '6f1d2c1e-aaaa-4c3a-9b1a-000000000002';
const URL = `/api/webinars/${SESSION}/evaluation`;
const LIST = '/api/surveys?status=published&page=1&pageSize=100&templates=false';

function summary(id: string, title: string): SurveySummary {
  return {
    id,
    title,
    status: 'published',
    audience: 'signed-in',
    anonymous: true,
    templateKey: null,
    isTemplate: false,
    responseCount: 0,
    opensAt: null,
    closesAt: null,
    createdBy: null,
    updatedAt: '2026-12-01T02:00:00.000Z',
  };
}

@Component({
  imports: [WebinarEvaluationSettingsComponent],
  template: `<bp-webinar-evaluation-settings [session]="session()" />`,
})
class HostComponent {
  // Only what the component reads of the session.
  session = signal({ id: SESSION, status: 'scheduled' } as WebinarSession);
}

describe('WebinarEvaluationSettingsComponent', () => {
  async function render(
    current: unknown,
    surveys: SurveySummary[] | null,
    status: WebinarSession['status'] = 'scheduled',
  ) {
    TestBed.configureTestingModule({
      imports: [webinarTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        // null: a host who builds no surveys (a learner), so lists none.
        { provide: AuthStore, useValue: { hasAnyRole: () => surveys !== null } },
      ],
    });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.session.set({ id: SESSION, status } as WebinarSession);
    const http = TestBed.inject(HttpTestingController);
    await settle(fixture);
    if (current) http.expectOne(URL).flush(current);
    else http.expectOne(URL).flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    if (surveys) http.expectOne(LIST).flush({ items: surveys, total: surveys.length, page: 1, pageSize: 100 });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const select = () => element.querySelector('#webinar-evaluation') as HTMLSelectElement;
    const required = () => element.querySelector('#webinar-evaluation-required') as HTMLInputElement;
    const submit = async () => {
      (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await settle(fixture);
    };
    const choose = async (value: string) => {
      select().value = value;
      select().dispatchEvent(new Event('change'));
      await settle(fixture);
    };
    return { fixture, http, element, select, required, submit, choose };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('offers the published surveys, the certificate checkbox only once one is chosen, and saves both with PUT', async () => {
    const { fixture, http, element, select, required, submit, choose } = await render(null, [
      summary(SURVEY, 'Evaluasi Penyelenggaraan'),
    ]);
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Evaluasi sesi');
    expect([...select().options].map((option) => option.textContent?.trim())).toEqual([
      'Tanpa evaluasi',
      'Evaluasi Penyelenggaraan',
    ]);
    expect(element.textContent).toContain('Survei ditawarkan kepada peserta yang hadir saat sesi berakhir.');
    expect(required().disabled).toBe(true);
    expect(required().closest('label')?.textContent).toContain('Wajib diisi untuk mendapat sertifikat');

    await choose(SURVEY);
    expect(required().disabled).toBe(false);
    required().click();
    await submit();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ surveyId: SURVEY, requiredForCertificate: true });
    request.flush({ surveyId: SURVEY, title: 'Evaluasi Penyelenggaraan', answered: false, required: true });
    await settle(fixture);
    expect(element.textContent).toContain('Evaluasi sesi disimpan: “Evaluasi Penyelenggaraan”.');
  });

  it('shows the current setting and removes it with DELETE', async () => {
    const { fixture, http, element, select, required, submit, choose } = await render(
      { surveyId: SURVEY, title: 'Evaluasi lama', answered: false, required: true },
      [],
      'ended',
    );
    expect(select().value).toBe(SURVEY);
    expect(select().selectedOptions[0].textContent?.trim()).toBe('Evaluasi lama');
    expect(required().checked).toBe(true);
    expect(element.textContent).toContain('langsung ditawarkan kepada peserta yang hadir');
    const link = element.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/kelola/survei/baru');

    await choose('');
    expect(required().disabled).toBe(true);
    await submit();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(element.textContent).toContain('Sesi ini tidak lagi menawarkan evaluasi.');
    expect(required().checked).toBe(false);
  });

  it('lets a host who builds no surveys keep or remove the current one, with no survey pages to go to', async () => {
    const { select, element } = await render(
      { surveyId: SURVEY, title: 'Evaluasi Narasumber', answered: false, required: false },
      null,
    );
    expect([...select().options].map((option) => option.textContent?.trim())).toEqual([
      'Tanpa evaluasi',
      'Evaluasi Narasumber',
    ]);
    expect(element.textContent).toContain('Belum ada survei terbit yang dapat Anda pilih.');
    expect(element.querySelector('a')).toBeNull();
  });

  it("shows the api's refusal in the form", async () => {
    const { fixture, http, element, submit, choose } = await render(null, [summary(SURVEY, 'Evaluasi A')]);
    await choose(SURVEY);
    await submit();
    http
      .expectOne(URL)
      .flush(
        { statusCode: 409, code: 'webinar.cancelled', message: 'Sesi ini sudah dibatalkan.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(element.querySelector('form [role="alert"]')?.textContent).toContain('Sesi ini sudah dibatalkan.');
  });

  it('has no serious accessibility violations (axe)', async () => {
    const { element } = await render(null, [summary(SURVEY, 'Evaluasi A')]);
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.passes.map((item) => item.id)).toEqual(expect.arrayContaining(['label']));
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => item.id)).toEqual([]);
  });
});
