import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CourseStatus, SurveySummary } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { settle } from '@bina-pustaka/web-ui/testing';
import axe from 'axe-core';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { CourseEditorStore } from './course-editor.store';
import { CourseEvaluationComponent } from './course-evaluation.component';

const COURSE = '6f1d2c1e-7777-4c3a-9b1a-000000000001';
const SURVEY = '6f1d2c1e-7777-4c3a-9b1a-000000000002';
const OTHER = '6f1d2c1e-7777-4c3a-9b1a-000000000003';
const URL = `/api/courses/${COURSE}/evaluation`;
const LIST = '/api/surveys?status=published&page=1&pageSize=100&templates=false';

function summary(surveyId: string, title: string): SurveySummary {
  return {
    id: surveyId,
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

const page = (items: SurveySummary[]) => ({ items, total: items.length, page: 1, pageSize: 100 });
const step = (surveyId: string, title: string) => ({ surveyId, title, answered: false, required: true });
const NOT_FOUND = { status: 404, statusText: 'Not Found' };

describe('CourseEvaluationComponent', () => {
  async function render(options: { current: unknown; surveys: SurveySummary[]; status?: CourseStatus }) {
    const course = signal({ id: COURSE, status: options.status ?? 'published' });
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: { learning: id, common: { loading: 'Memuat…', retry: 'Coba lagi' }, errors: {}, validation: {} },
            en: { learning: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        // A trainer: builds surveys, so may list them.
        { provide: AuthStore, useValue: { hasAnyRole: () => true } },
        {
          provide: CourseEditorStore,
          useValue: { course, editable: computed(() => course().status !== 'archived') },
        },
      ],
    });
    const fixture = TestBed.createComponent(CourseEvaluationComponent);
    const http = TestBed.inject(HttpTestingController);
    await settle(fixture);
    const current = http.expectOne(URL);
    if (options.current) current.flush(options.current);
    else current.flush({ statusCode: 404, code: 'survey.evaluationNotFound' }, NOT_FOUND);
    http.expectOne(LIST).flush(page(options.surveys));
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const select = () => element.querySelector('#course-evaluation') as HTMLSelectElement;
    async function choose(value: string) {
      select().value = value;
      select().dispatchEvent(new Event('change'));
      (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await settle(fixture);
    }
    return { fixture, http, element, select, choose };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('offers no evaluation or one of the surveys one may attach, and explains the gate', async () => {
    const { element, select } = await render({
      current: null,
      surveys: [summary(SURVEY, 'Evaluasi Penyelenggaraan'), summary(OTHER, 'Evaluasi Narasumber')],
    });
    expect(element.querySelector('h2')?.textContent).toContain('Evaluasi pelatihan');
    expect([...select().options].map((option) => option.textContent?.trim())).toEqual([
      'Tanpa evaluasi',
      'Evaluasi Penyelenggaraan',
      'Evaluasi Narasumber',
    ]);
    expect(select().value).toBe('');
    expect(select().getAttribute('aria-describedby')).toBe('course-evaluation-hint');
    expect(element.querySelector('#course-evaluation-hint')?.textContent).toContain(
      'Peserta wajib mengisi survei ini sebelum pelatihan selesai, jadi sebelum sertifikat dan JP.',
    );
    expect(element.querySelector('a')).toBeNull();
  });

  it('saves the chosen survey with PUT and says so', async () => {
    const { fixture, http, element, choose } = await render({
      current: null,
      surveys: [summary(SURVEY, 'Evaluasi A')],
    });
    await choose(SURVEY);
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ surveyId: SURVEY });
    request.flush(step(SURVEY, 'Evaluasi A'));
    await settle(fixture);
    expect(element.textContent).toContain('Evaluasi pelatihan disimpan: peserta wajib mengisi “Evaluasi A”.');
  });

  it('removes the evaluation with DELETE, keeping a survey that can no longer be chosen shown as the current one', async () => {
    const { fixture, http, element, select, choose } = await render({
      current: step(OTHER, 'Evaluasi lama (ditutup)'),
      surveys: [summary(SURVEY, 'Evaluasi A')],
    });
    expect(select().value).toBe(OTHER);
    expect(select().selectedOptions[0].textContent?.trim()).toBe('Evaluasi lama (ditutup)');
    await choose('');
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(element.textContent).toContain('Pelatihan ini tidak lagi meminta evaluasi.');
  });

  it("shows the api's refusal and keeps the choice", async () => {
    const { fixture, http, element, select, choose } = await render({
      current: null,
      surveys: [summary(SURVEY, 'Evaluasi A')],
    });
    await choose(SURVEY);
    http
      .expectOne(URL)
      .flush(
        { statusCode: 422, code: 'survey.evaluationClosed', message: 'Survei “Evaluasi A” sudah ditutup.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Survei “Evaluasi A” sudah ditutup.');
    expect(select().value).toBe(SURVEY);
  });

  it('says when there is no survey to choose, with a link to make one', async () => {
    const { element } = await render({ current: null, surveys: [] });
    expect(element.textContent).toContain('Belum ada survei terbit yang dapat Anda pilih.');
    const link = element.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Buat survei baru');
    expect(link.getAttribute('href')).toBe('/kelola/survei/baru');
  });

  it('only shows the evaluation of an archived course', async () => {
    const { element, select } = await render({
      current: step(SURVEY, 'Evaluasi A'),
      surveys: [summary(SURVEY, 'Evaluasi A')],
      status: 'archived',
    });
    expect(select().disabled).toBe(true);
    expect(select().value).toBe(SURVEY);
    expect(element.querySelector('button[type="submit"]')).toBeNull();
  });

  it('has no serious accessibility violations (axe)', async () => {
    const { element } = await render({ current: null, surveys: [] });
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => item.id)).toEqual([]);
  });
});
