import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Question, QuestionCategory } from '@bina-pustaka/shared-contracts';
import { settle } from '@bina-pustaka/web-ui/testing';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { QuestionBankPage } from './question-bank.page';

const COURSE = '6f1d2c1e-aaaa-4c3a-9b1a-000000000001';

const CATEGORIES: QuestionCategory[] = [
  { id: 'k1', courseId: COURSE, name: 'Katalogisasi', questionCount: 21 },
  { id: 'k2', courseId: COURSE, name: 'Klasifikasi', questionCount: 2 },
];

const question = (n: number, categoryId: string): Question => ({
  id: `q${n}`,
  courseId: COURSE,
  categoryId,
  prompt: `Soal ${n}`,
  points: 2,
  body: { type: 'essay', rubric: null },
  feedback: { correct: null, incorrect: null, general: null },
  updatedAt: '2026-11-25T07:00:00Z',
});

describe('QuestionBankPage', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              assessment: id,
              common: { loading: 'Memuat…', retry: 'Coba lagi', actions: 'Tindakan' },
              errors: {},
              pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
            },
            en: { assessment: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ courseId: COURSE }) } } },
      ],
    });
    const fixture = TestBed.createComponent(QuestionBankPage);
    const http = TestBed.inject(HttpTestingController);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const list = () => element.querySelector('section[aria-labelledby="questions-heading"]') as HTMLElement;
    expect(list().querySelector('[role="status"]')?.textContent).toContain('Memuat…');
    http.expectOne(`/api/courses/${COURSE}/question-categories`).flush(CATEGORIES);
    const questions = [
      ...Array.from({ length: 21 }, (_, i) => question(i + 1, 'k1')),
      question(22, 'k2'),
      question(23, 'k2'),
    ];
    http.expectOne(`/api/courses/${COURSE}/questions`).flush(questions);
    await settle(fixture);
    const prompts = () => [...list().querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent?.trim());
    return { fixture, element, list, prompts };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the questions on the shared table, 20 to a page, named and with their category', async () => {
    const { fixture, list, prompts } = await render();
    expect(list().querySelector('caption')?.textContent?.trim()).toBe('Daftar soal');
    expect(list().querySelector('[role="status"]')?.textContent).toContain('23 soal');
    expect(prompts()).toHaveLength(20);
    expect(list().querySelector('tbody tr')?.textContent).toContain('Katalogisasi');
    expect(list().querySelector('tbody button')?.getAttribute('aria-label')).toBe('Sunting soal Soal 1');
    const pages = list().querySelector('nav') as HTMLElement;
    expect(pages.getAttribute('aria-label')).toBe('Halaman daftar soal');
    (pages.querySelectorAll('button')[1] as HTMLButtonElement).click();
    await settle(fixture);
    expect(prompts()).toEqual(['Soal 21', 'Soal 22', 'Soal 23']);
  });

  it('shows one category’s questions, and opens a question’s form', async () => {
    const { fixture, element, list, prompts } = await render();
    const filter = element.querySelector('#category-filter') as HTMLSelectElement;
    filter.value = 'k2';
    filter.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(prompts()).toEqual(['Soal 22', 'Soal 23']);
    expect(list().querySelector('nav')).toBeNull();
    (list().querySelector('tbody button') as HTMLButtonElement).click();
    await settle(fixture);
    expect(element.querySelector('bp-question-form')).not.toBeNull();
  });
});
