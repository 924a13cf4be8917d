import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AnswerSurveyPage } from './answer-survey.page';
import { COURSE_ID, SURVEY_ID, publicForm, settle, surveyForm, surveyTranslocoTesting } from './testing/answer-testing';

describe('AnswerSurveyPage', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open(url: string) {
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'survei/:surveyId', component: AnswerSurveyPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(url);
    const render = () => settle(harness.fixture);
    await render();
    return { http, render, element: () => harness.routeNativeElement as HTMLElement };
  }

  it("answers a course's evaluation in its context and leads back to the course player", async () => {
    const { http, render, element } = await open(`/survei/${SURVEY_ID}?courseId=${COURSE_ID}`);
    // A one-question form keeps the answering short: the public form's Likert question.
    http.expectOne(`/api/surveys/${SURVEY_ID}/form?courseId=${COURSE_ID}`).flush(publicForm({ anonymous: false }));
    await render();
    expect(element().querySelector('h1')?.textContent).toContain('Survei Kepuasan Masyarakat');
    const point = [...element().querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Puas');
    (point?.querySelector('input') as HTMLInputElement).click();
    (element().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    const sent = http.expectOne(`/api/surveys/${SURVEY_ID}/responses`);
    expect(sent.request.body).toEqual({ answers: [{ questionId: 'u1', number: 3 }], context: { courseId: COURSE_ID } });
    sent.flush({ message: 'Terima kasih, jawaban Anda sudah tersimpan.' }, { status: 201, statusText: 'Created' });
    await render();
    expect(element().querySelector('[role="status"]')?.textContent).toContain(
      'Terima kasih, jawaban Anda sudah tersimpan.',
    );
    expect(element().querySelector('form')).toBeNull();
    // The thanks replace the form: the focus moves to them.
    expect(document.activeElement?.id).toBe('survey-thanks');
    expect(element().querySelector('a.btn')?.getAttribute('href')).toBe(`/belajar/${COURSE_ID}`);
  });

  it('previews for a manager: the banner, the form to try, and nothing sent', async () => {
    const { http, render, element } = await open(`/survei/${SURVEY_ID}?pratinjau=1`);
    http.expectOne(`/api/surveys/${SURVEY_ID}/form`).flush(surveyForm({ closedReason: 'not-open' }));
    await render();
    expect(element().querySelector('.alert-info')?.textContent).toContain('Pratinjau — jawaban tidak dikirim');
    // A draft is previewed even though it is not open yet.
    expect(element().querySelectorAll('.survey-question').length).toBeGreaterThan(5);
    const submit = element().querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await render();
    http.expectNone(`/api/surveys/${SURVEY_ID}/responses`);
    expect(sessionStorage.length).toBe(0);
  });

  it('says in words why a survey cannot be answered, and that it was answered', async () => {
    const closed = await open(`/survei/${SURVEY_ID}`);
    closed.http.expectOne(`/api/surveys/${SURVEY_ID}/form`).flush(surveyForm({ closedReason: 'limit-reached' }));
    await closed.render();
    expect(closed.element().textContent).toContain('sudah menerima jumlah jawaban yang ditetapkan');
    expect(closed.element().querySelector('form')).toBeNull();
  });

  it('tells a learner who answered already, with the way back to the course', async () => {
    const { http, render, element } = await open(`/survei/${SURVEY_ID}?courseId=${COURSE_ID}`);
    http.expectOne(`/api/surveys/${SURVEY_ID}/form?courseId=${COURSE_ID}`).flush(surveyForm({ answered: true }));
    await render();
    expect(element().textContent).toContain('Anda sudah mengisi survei ini.');
    expect(element().querySelector('a.btn')?.getAttribute('href')).toBe(`/belajar/${COURSE_ID}`);
  });
});
