import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CourseReaction, CourseReactionGroup, LearningGain, Quiz } from '@bina-pustaka/shared-contracts';
import { settle } from '@bina-pustaka/web-ui/testing';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { QuizzesPage } from './quizzes.page';

const COURSE = '6f1d2c1e-8888-4c3a-9b1a-000000000001';
const SURVEY = '6f1d2c1e-8888-4c3a-9b1a-000000000002';
const FIRST = '6f1d2c1e-8888-4c3a-9b1a-000000000011';
const SECOND = '6f1d2c1e-8888-4c3a-9b1a-000000000012';

const PRE_TEST = { id: 'quiz-pre', courseId: COURSE, moduleId: 'm1', title: 'Pre-test', role: 'pre-test' } as Quiz;

const group = (changes: Partial<CourseReactionGroup>): CourseReactionGroup => ({
  cohortId: FIRST,
  cohortName: 'Angkatan 1',
  respondents: 12,
  reactionScore: 82.5,
  hidden: false,
  ...changes,
});

const GAIN: LearningGain = {
  courseId: COURSE,
  cohorts: [{ cohortId: FIRST, learners: 10, preAverage: 55, postAverage: 80, gain: 25 }],
};

const REACTION: CourseReaction = {
  courseId: COURSE,
  surveyId: SURVEY,
  surveyTitle: 'Evaluasi Penyelenggaraan Pelatihan',
  cohorts: [
    group({}),
    group({ cohortId: SECOND, cohortName: 'Angkatan 2', respondents: 3, reactionScore: null, hidden: true }),
  ],
  overall: group({ cohortId: null, cohortName: '', respondents: 15, reactionScore: 80.1 }),
};

describe('QuizzesPage: reaction and learning', () => {
  async function open(reaction: CourseReaction | 'fails', quizzes: Quiz[] = [PRE_TEST]) {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              assessment: id,
              common: { actions: 'Aksi', retry: 'Coba lagi' },
              errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.' },
            },
            en: { assessment: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/pelatihan/:courseId/kuis', component: QuizzesPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(`/kelola/pelatihan/${COURSE}/kuis`);
    await settle(harness.fixture);
    http.expectOne(`/api/courses/${COURSE}`).flush({ id: COURSE, title: 'Katalogisasi Dasar', modules: [] });
    http.expectOne(`/api/courses/${COURSE}/quizzes`).flush(quizzes);
    http.expectOne(`/api/courses/${COURSE}/questions`).flush([]);
    http.expectOne(`/api/courses/${COURSE}/question-categories`).flush([]);
    await settle(harness.fixture);
    // The three report calls go out together.
    const reactionCall = http.expectOne(`/api/courses/${COURSE}/reaction`);
    const gainCall = http.expectOne(`/api/courses/${COURSE}/learning-gain`);
    const cohortsCall = http.expectOne((request) => request.url === '/api/cohorts');
    if (reaction === 'fails') {
      reactionCall.flush({ statusCode: 500, message: 'x' }, { status: 500, statusText: 'Server Error' });
    } else reactionCall.flush(reaction);
    gainCall.flush(GAIN);
    cohortsCall.flush({
      items: [
        { id: FIRST, name: 'Angkatan 1' },
        { id: SECOND, name: 'Angkatan 2' },
      ],
      total: 2,
      page: 1,
      pageSize: 100,
    });
    await settle(harness.fixture);
    http.verify();
    const section = (harness.routeNativeElement as HTMLElement).querySelector('[aria-labelledby="gain-heading"]');
    if (!section) throw new Error('no report section');
    return section as HTMLElement;
  }

  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const table = (section: HTMLElement) =>
    Array.from(section.querySelectorAll('tr')).map((row) => Array.from(row.querySelectorAll('th, td')).map(text));

  it('puts each cohort’s respondents and reaction score beside its learning gain, a small anonymous group as words', async () => {
    const section = await open(REACTION);
    expect(text(section.querySelector('h2') as Element)).toBe('Reaksi dan hasil belajar');
    expect(table(section)).toEqual([
      [
        'Angkatan',
        'Peserta',
        'Rata-rata pre-test',
        'Rata-rata post-test',
        'Peningkatan (poin)',
        'Responden evaluasi',
        'Skor reaksi (0–100)',
      ],
      ['Angkatan 1', '10', '55%', '80%', '+25', '12', '82.5'],
      ['Angkatan 2', '0', '—', '—', '—', '3', 'ditahan (survei anonim)'],
    ]);
    const link = section.querySelector('a') as HTMLAnchorElement;
    expect(text(link)).toBe('Evaluasi Penyelenggaraan Pelatihan');
    expect(link.getAttribute('href')).toBe(`/kelola/survei/${SURVEY}/hasil?courseId=${COURSE}`);
    expect(text(section)).toContain('Seluruh pelatihan: skor reaksi 80.1 dari 15 responden.');
  });

  it('says when the course uses no evaluation survey, and shows only the gain', async () => {
    const section = await open({ ...REACTION, surveyId: null, surveyTitle: null, cohorts: [] });
    expect(text(section)).toContain('Pelatihan ini belum memakai survei evaluasi.');
    expect(table(section)[0]).not.toContain('Skor reaksi (0–100)');
    expect(table(section)[1]).toEqual(['Angkatan 1', '10', '55%', '80%', '+25']);
  });

  it('still shows the gain when the reaction cannot be loaded', async () => {
    const section = await open('fails');
    expect(text(section)).toContain('Skor reaksi tidak dapat dimuat saat ini');
    expect(table(section)[1]).toEqual(['Angkatan 1', '10', '55%', '80%', '+25']);
  });

  it('shows the reaction of a course without pre-test or post-test, without the gain’s columns', async () => {
    const section = await open(REACTION, []);
    expect(table(section)[0]).toEqual(['Angkatan', 'Responden evaluasi', 'Skor reaksi (0–100)']);
  });
});
