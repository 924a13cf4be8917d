import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { settle } from '@bina-pustaka/web-ui/testing';
import axe from 'axe-core';
import { webinarTranslocoTesting } from '../testing';
import { WebinarEvaluationCardComponent } from './webinar-evaluation-card.component';

const SESSION = '6f1d2c1e-9999-4c3a-9b1a-000000000001';
const SURVEY = '6f1d2c1e-9999-4c3a-9b1a-000000000002';

@Component({
  imports: [WebinarEvaluationCardComponent],
  template: `<bp-webinar-evaluation-card [sessionId]="sessionId" />`,
})
class HostComponent {
  sessionId = SESSION;
}

describe('WebinarEvaluationCardComponent', () => {
  async function render(reply: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    TestBed.configureTestingModule({
      imports: [webinarTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(HostComponent);
    await settle(fixture);
    const http = TestBed.inject(HttpTestingController);
    reply(http.expectOne(`/api/webinars/${SESSION}/evaluation`));
    await settle(fixture);
    http.verify();
    return fixture.nativeElement as HTMLElement;
  }

  const step = (answered: boolean, required: boolean) => ({
    surveyId: SURVEY,
    title: 'Evaluasi Narasumber: Kurasi Koleksi Digital',
    answered,
    required,
  });

  it('offers the survey in the session context and says the certificate waits for it', async () => {
    const element = await render((request) => request.flush(step(false, true)));
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Evaluasi sesi');
    expect(element.textContent).toContain('Evaluasi Narasumber: Kurasi Koleksi Digital');
    expect(element.textContent).toContain('Wajib diisi untuk mendapat sertifikat sesi ini.');
    const link = element.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Isi evaluasi');
    expect(link.getAttribute('href')).toBe(`/survei/${SURVEY}?webinarSessionId=${SESSION}`);
  });

  it('says when the evaluation is not required', async () => {
    const element = await render((request) => request.flush(step(false, false)));
    expect(element.textContent).toContain('Tidak wajib');
    expect(element.textContent).not.toContain('Wajib diisi');
  });

  it('thanks the participant once answered, with nothing left to open', async () => {
    const element = await render((request) => request.flush(step(true, true)));
    expect(element.textContent).toContain('Terima kasih, evaluasi Anda sudah tercatat.');
    expect(element.querySelector('a')).toBeNull();
  });

  it('shows nothing when the session offers no evaluation', async () => {
    const element = await render((request) =>
      request.flush(
        { statusCode: 404, code: 'survey.evaluationNotFound', message: 'Sesi ini tidak menawarkan evaluasi.' },
        { status: 404, statusText: 'Not Found' },
      ),
    );
    expect(element.querySelector('section')).toBeNull();
  });

  it('has no serious accessibility violations (axe)', async () => {
    const element = await render((request) => request.flush(step(false, true)));
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => item.id)).toEqual([]);
  });
});
