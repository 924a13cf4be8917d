import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import axe from 'axe-core';
import type { SpeakerEvaluation } from '@bina-pustaka/shared-contracts';
import { SpeakerEvaluationPage } from './speaker-evaluation.page';
import { settle, surveyTranslocoTesting } from './testing';

const SPEAKER_ID = 'u-rina';
const URL = `/api/survey-speakers/${SPEAKER_ID}/evaluation`;

const evaluation = (overrides: Partial<SpeakerEvaluation> = {}): SpeakerEvaluation => ({
  speaker: { id: SPEAKER_ID, fullName: 'Rina Wulandari' },
  sessions: 3,
  responses: 42,
  score: 86.25,
  questions: [
    { questionId: 'penguasaan', text: 'Narasumber menguasai materi', mean: 3.456, answered: 42 },
    { questionId: 'skor', text: 'Nilai keseluruhan untuk narasumber', mean: 8.5, answered: 40 },
  ],
  ...overrides,
});

describe('SpeakerEvaluationPage', () => {
  async function open(answer: SpeakerEvaluation | { status: number; body: object }) {
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/survei/narasumber/:userId', component: SpeakerEvaluationPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(`/kelola/survei/narasumber/${SPEAKER_ID}`);
    await settle(harness.fixture);
    const call = http.expectOne(URL);
    if ('speaker' in answer) call.flush(answer);
    else call.flush(answer.body, { status: answer.status, statusText: 'Error' });
    await settle(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it("shows a speaker's score, sessions and each question's mean, the Indonesian way", async () => {
    const page = await open(evaluation());
    expect(text(page.querySelector('h1') as Element)).toBe('Evaluasi narasumber: Rina Wulandari');
    const figures = Array.from(page.querySelectorAll('.results-summary > div')).map((pair) => [
      text(pair.querySelector('dt') as Element),
      text(pair.querySelector('dd') as Element),
    ]);
    expect(figures).toEqual([
      ['Skor evaluasi', '86,3 / 100'],
      ['Pelatihan dan sesi', '3'],
      ['Jawaban', '42'],
    ]);
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map(text),
    );
    expect(rows).toEqual([
      ['Narasumber menguasai materi', '42', '3,46'],
      ['Nilai keseluruhan untuk narasumber', '40', '8,50'],
    ]);
  });

  it('says when the score is held back, and when nobody has rated the speaker yet', async () => {
    const held = await open(evaluation({ score: null }));
    expect(text(held)).toContain('Ditahan: kurang dari 5 jawaban survei anonim');
    TestBed.resetTestingModule();
    const none = await open(evaluation({ sessions: 0, responses: 0, score: null, questions: [] }));
    expect(text(none)).toContain('Belum ada evaluasi yang menilai narasumber ini.');
    expect(none.querySelector('table')).toBeNull();
  });

  it('tells another trainer the page is not theirs, with no retry', async () => {
    const page = await open({
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', code: 'auth.forbidden', message: 'Tidak diizinkan.' },
    });
    expect(text(page)).toContain('Tidak diizinkan.');
    expect(page.querySelector('button')).toBeNull();
  });

  it('has no serious accessibility violations (axe)', async () => {
    const page = await open(evaluation());
    const result = await axe.run(page, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => item.id)).toEqual([]);
  });
});
