import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Quiz, QuizResults } from '@bina-pustaka/shared-contracts';
import { settle } from '@bina-pustaka/web-ui/testing';
import axe from 'axe-core';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { QuizResultsPage } from './quiz-results.page';

const QUIZ_ID = '6f1d2c1e-9999-4c3a-9b1a-000000000001';

const RESULTS: QuizResults = {
  quizId: QUIZ_ID,
  learners: 12,
  attempts: 15,
  averageScore: 72.46,
  passRate: 75,
  distribution: [0, 0, 0, 0, 1, 2, 3, 4, 1, 1],
  questions: [
    {
      questionId: 'q1',
      prompt: 'Apa kepanjangan DDC?',
      type: 'single-choice',
      answered: 12,
      difficulty: 0.9,
      discrimination: 0.2,
    },
    {
      questionId: 'q2',
      prompt: 'Jelaskan tajuk subjek.',
      type: 'essay',
      answered: 10,
      difficulty: null,
      discrimination: null,
    },
  ],
};

describe('QuizResultsPage', () => {
  async function render(results: QuizResults = RESULTS) {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: { assessment: id, common: { loading: 'Memuat…', retry: 'Coba lagi' }, errors: {} },
            en: { assessment: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ quizId: QUIZ_ID }) } } },
      ],
    });
    const fixture = TestBed.createComponent(QuizResultsPage);
    const http = TestBed.inject(HttpTestingController);
    await settle(fixture);
    http.expectOne(`/api/quizzes/${QUIZ_ID}`).flush({ id: QUIZ_ID, courseId: 'c1', title: 'Kuis modul 1' } as Quiz);
    http.expectOne(`/api/quizzes/${QUIZ_ID}/results`).flush(results);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the summary, then each question’s figures on the shared table', async () => {
    const element = await render();
    expect(element.querySelector('h1')?.textContent).toContain('Kuis modul 1');
    expect(element.querySelector('.facts')?.textContent).toContain('72.5%');
    const items = element.querySelector('section[aria-labelledby="items-heading"]') as HTMLElement;
    expect(items.querySelector('bp-data-table caption')?.textContent?.trim()).toBe('Analisis butir soal');
    const headers = [...items.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Pertanyaan', 'Jenis soal', 'Dijawab', 'Tingkat kesukaran', 'Daya beda']);
    const rows = [...items.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th[scope="row"]')?.textContent?.trim())).toEqual([
      'Apa kepanjangan DDC?',
      'Jelaskan tajuk subjek.',
    ]);
    const figures = (row: Element) =>
      [...row.querySelectorAll('td.cell-number')].map((td) => td.lastChild?.textContent);
    expect(figures(rows[0]).map((text) => text?.trim())).toEqual(['12', '0.90', '0.20']);
    expect(figures(rows[1]).map((text) => text?.trim())).toEqual(['10', '—', '—']);
  });

  it('says when the quiz has no questions yet', async () => {
    const element = await render({ ...RESULTS, questions: [] });
    expect(element.querySelector('bp-data-table .empty')?.textContent).toContain('Kuis ini belum memiliki soal.');
  });

  it('has no serious accessibility violations (axe)', async () => {
    const element = await render();
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => item.id)).toEqual([]);
  });
});
