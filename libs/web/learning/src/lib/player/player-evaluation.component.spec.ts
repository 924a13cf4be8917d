import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { settle } from '@bina-pustaka/web-ui/testing';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { PlayerEvaluationComponent } from './player-evaluation.component';

const COURSE = '6f1d2c1e-8888-4c3a-9b1a-000000000001';
const SURVEY = '6f1d2c1e-8888-4c3a-9b1a-000000000002';

@Component({
  imports: [PlayerEvaluationComponent],
  template: `<bp-player-evaluation [courseId]="courseId" />`,
})
class HostComponent {
  courseId = COURSE;
}

describe('PlayerEvaluationComponent', () => {
  async function render(reply: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { id: { learning: id }, en: { learning: en } },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(HostComponent);
    await settle(fixture);
    const http = TestBed.inject(HttpTestingController);
    reply(http.expectOne(`/api/courses/${COURSE}/evaluation`));
    await settle(fixture);
    http.verify();
    return fixture.nativeElement as HTMLElement;
  }

  it('offers the evaluation as a step that opens the survey in the course context', async () => {
    const element = await render((request) =>
      request.flush({ surveyId: SURVEY, title: 'Evaluasi Penyelenggaraan', answered: false, required: true }),
    );
    expect(element.querySelector('h2')?.textContent).toContain('Evaluasi pelatihan');
    expect(element.textContent).toContain('Isi evaluasi pelatihan');
    expect(element.textContent).toContain('wajib untuk menyelesaikan pelatihan');
    const link = element.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Isi evaluasi');
    expect(link.getAttribute('href')).toBe(`/survei/${SURVEY}?courseId=${COURSE}`);
  });

  it('marks the step done once answered, with nothing left to open', async () => {
    const element = await render((request) =>
      request.flush({ surveyId: SURVEY, title: 'Evaluasi Penyelenggaraan', answered: true, required: true }),
    );
    expect(element.textContent).toContain('Evaluasi pelatihan sudah diisi');
    expect(element.querySelector('a')).toBeNull();
  });

  it('shows nothing for a course without an evaluation', async () => {
    const element = await render((request) =>
      request.flush(
        {
          statusCode: 404,
          error: 'Not Found',
          message: 'Pelatihan ini tidak meminta evaluasi.',
          code: 'survey.noEvaluation',
        },
        { status: 404, statusText: 'Not Found' },
      ),
    );
    expect(element.querySelector('section')).toBeNull();
  });
});
