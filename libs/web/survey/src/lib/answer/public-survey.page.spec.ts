import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import axe from 'axe-core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PublicSurveyPage } from './public-survey.page';
import { publicForm, settle, surveyTranslocoTesting } from './testing/answer-testing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('PublicSurveyPage', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open(slug = 'skm-2026') {
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 's/:slug', component: PublicSurveyPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(`/s/${slug}`);
    const render = () => settle(harness.fixture);
    await render();
    const element = () => harness.routeNativeElement as HTMLElement;
    /** Chooses "Puas" and sends. */
    const answer = async () => {
      const point = [...element().querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Puas');
      (point?.querySelector('input') as HTMLInputElement).click();
      (element().querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await render();
    };
    return { http, render, element, answer };
  }

  it("answers with the browser's own id kept in localStorage, and remembers it answered", async () => {
    const { http, render, element, answer } = await open();
    http.expectOne('/api/public/surveys/skm-2026').flush(publicForm());
    await render();
    expect(element().querySelector('.survey-notice')?.textContent).toContain('tidak dicatat bersama nama Anda');
    await answer();
    const sent = http.expectOne('/api/public/surveys/skm-2026/responses');
    const browserId = localStorage.getItem('bp.survey.browserId');
    expect(browserId).toMatch(UUID);
    expect(sent.request.body).toEqual({ answers: [{ questionId: 'u1', number: 3 }], browserId, website: '' });
    sent.flush({ message: 'Terima kasih atas penilaian Anda.' }, { status: 201, statusText: 'Created' });
    await render();
    expect(element().textContent).toContain('Terima kasih atas penilaian Anda.');
    expect(localStorage.getItem('bp.survey.answered.skm-2026')).not.toBeNull();
  });

  it('keeps the same browser id and says the survey was answered on this browser', async () => {
    localStorage.setItem('bp.survey.browserId', '6f1d2c1e-7777-4c3a-9b1a-000000000001');
    localStorage.setItem('bp.survey.answered.skm-2026', '2026-11-25T07:00:00Z');
    const { http, render, element } = await open();
    http.expectOne('/api/public/surveys/skm-2026').flush(publicForm());
    await render();
    expect(element().textContent).toContain('sudah diisi dari peramban ini');
    expect(element().querySelector('form')).toBeNull();
    expect(localStorage.getItem('bp.survey.browserId')).toBe('6f1d2c1e-7777-4c3a-9b1a-000000000001');
  });

  it('has a honeypot people never reach, and sends what a script typed into it', async () => {
    const { http, render, element, answer } = await open();
    http.expectOne('/api/public/surveys/skm-2026').flush(publicForm());
    await render();
    const trap = element().querySelector('#survey-website') as HTMLInputElement;
    expect(trap.closest('[aria-hidden="true"]')?.classList).toContain('survey-honeypot');
    expect([trap.getAttribute('tabindex'), trap.getAttribute('autocomplete'), trap.type]).toEqual([
      '-1',
      'off',
      'text',
    ]);
    expect(element().querySelector('label[for="survey-website"]')?.textContent).toContain('Jangan diisi');
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input'));
    await answer();
    const sent = http.expectOne('/api/public/surveys/skm-2026/responses');
    expect(sent.request.body.website).toBe('http://spam.example');
    sent.flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Jawaban tidak dapat diterima.',
        code: 'survey.honeypot',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await render();
    expect(element().querySelector('.alert-error')?.textContent).toContain('Jawaban tidak dapat diterima.');
  });

  it("tells how many minutes to wait when the api's limit is reached", async () => {
    const { http, render, element, answer } = await open();
    http.expectOne('/api/public/surveys/skm-2026').flush(publicForm());
    await render();
    await answer();
    http
      .expectOne('/api/public/surveys/skm-2026/responses')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Terlalu banyak jawaban.', code: 'survey.rateLimited' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '1700' } },
      );
    await render();
    const alert = element().querySelector('.alert-error')?.textContent ?? '';
    expect(alert).toContain('Terlalu banyak jawaban.');
    expect(alert).toContain('Silakan coba lagi dalam 29 menit.');
    // Nothing was lost: the answer is still chosen and kept for a reload.
    expect(element().querySelector('input:checked')).not.toBeNull();
    expect(sessionStorage.getItem('bp.survey.draft.public:skm-2026')).toContain('"point":3');
  });

  it('remembers a browser the api says has answered already', async () => {
    const { http, render, answer } = await open();
    http.expectOne('/api/public/surveys/skm-2026').flush(publicForm());
    await render();
    await answer();
    http
      .expectOne('/api/public/surveys/skm-2026/responses')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Survei ini sudah Anda isi.', code: 'survey.alreadyAnswered' },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    expect(localStorage.getItem('bp.survey.answered.skm-2026')).not.toBeNull();
  });

  it('has no serious accessibility violations with its honeypot in place (axe)', async () => {
    const { http, render, element } = await open();
    http.expectOne('/api/public/surveys/skm-2026').flush(publicForm());
    await render();
    const result = await axe.run(element(), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
});
