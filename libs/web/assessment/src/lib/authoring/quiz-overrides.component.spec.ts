import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { QuizOverride } from '@bina-pustaka/shared-contracts';
import { settle } from '@bina-pustaka/web-ui/testing';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { QuizOverridesComponent } from './quiz-overrides.component';

const QUIZ = '6f1d2c1e-bbbb-4c3a-9b1a-000000000001';
const COURSE = '6f1d2c1e-bbbb-4c3a-9b1a-000000000002';

const override = (userId: string, fullName: string, changes: Partial<QuizOverride> = {}): QuizOverride => ({
  quizId: QUIZ,
  user: { id: userId, fullName },
  extraMinutes: 15,
  extraAttempts: 1,
  opensAt: null,
  closesAt: null,
  ...changes,
});

describe('QuizOverridesComponent', () => {
  async function render(overrides: QuizOverride[]) {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: { assessment: id, common: { loading: 'Memuat…', retry: 'Coba lagi', actions: 'Tindakan' }, errors: {} },
            en: { assessment: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(QuizOverridesComponent);
    fixture.componentRef.setInput('quizId', QUIZ);
    fixture.componentRef.setInput('courseId', COURSE);
    const http = TestBed.inject(HttpTestingController);
    await settle(fixture);
    http.expectOne(`/api/quizzes/${QUIZ}/overrides`).flush(overrides);
    // Two cohorts: none is chosen for the form, so no learners are read.
    http
      .expectOne((request) => request.url === '/api/cohorts')
      .flush({
        items: [
          { id: 'k1', name: 'Angkatan I' },
          { id: 'k2', name: 'Angkatan II' },
        ],
        page: 1,
        pageSize: 100,
        total: 2,
      });
    await settle(fixture);
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists each learner’s exception on the shared table, and removes one', async () => {
    const { fixture, http, element } = await render([
      override('u1', 'Dewi Lestari'),
      override('u2', 'Budi Santoso', { opensAt: '2026-11-25T07:00:00Z', closesAt: null }),
    ]);
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Pengecualian per peserta');
    const rows = [...element.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent?.trim())).toEqual(['Dewi Lestari', 'Budi Santoso']);
    expect(rows[0].textContent).toContain('Sama dengan kuis');
    expect(rows[1].textContent).toContain('25 November 2026, 14.00 WIB');
    const remove = rows[0].querySelector('button') as HTMLButtonElement;
    expect(remove.textContent?.trim()).toBe('Hapus pengecualian Dewi Lestari');
    remove.click();
    http.expectOne(`/api/quizzes/${QUIZ}/overrides/u1`).flush(null);
    await settle(fixture);
    expect(element.textContent).toContain('Pengecualian untuk Dewi Lestari telah dihapus.');
    expect([...element.querySelectorAll('tbody th')].map((th) => th.textContent?.trim())).toEqual(['Budi Santoso']);
  });

  it('says when nobody has an exception', async () => {
    const { element } = await render([]);
    expect(element.querySelector('.empty')?.textContent).toContain('Belum ada pengecualian.');
  });
});
