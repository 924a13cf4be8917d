import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import axe from 'axe-core';
import type { IkmReport, SurveyResults } from '@bina-pustaka/shared-contracts';
import { SurveyResultsPage } from './survey-results.page';
import {
  COURSE_ID,
  INSTITUTION_ID,
  SESSION_ID,
  SURVEY_ID,
  ikmReport,
  question,
  results,
  settle,
  surveyDetail,
  surveyTranslocoTesting,
} from './testing';

// The charts are pictures over the same figures as the tables these specs read: no canvas here.
jest.mock('chart.js', () => {
  class Chart {
    static register = jest.fn();
    destroy = jest.fn();
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, LinearScale: {} };
});

const BASE = `/api/surveys/${SURVEY_ID}`;
const SPEAKER = { id: 'u-rina', fullName: 'Rina Wulandari' };

describe('SurveyResultsPage', () => {
  async function open(url: string, answers: { ikm?: IkmReport | 'none'; results?: SurveyResults } = {}) {
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/survei/:surveyId/hasil', component: SurveyResultsPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(url);
    const render = () => settle(harness.fixture);
    await render();
    http.expectOne(BASE).flush(surveyDetail());
    http.expectOne('/api/institutions').flush([{ id: INSTITUTION_ID, name: 'Perpustakaan Kota Bandung', city: null }]);
    const resultsCall = http.expectOne((request) => request.url === `${BASE}/results`);
    resultsCall.flush(answers.results ?? results());
    const ikm = http.expectOne((request) => request.url === `${BASE}/ikm`);
    if (answers.ikm === 'none') {
      ikm.flush(
        {
          statusCode: 422,
          error: 'Unprocessable Entity',
          code: 'survey.noIkmElements',
          message: 'Tidak ada unsur IKM.',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    } else ikm.flush(answers.ikm ?? ikmReport());
    await render();
    const element = () => harness.routeNativeElement as HTMLElement;
    return { http, render, element, resultsCall, ikm };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\s+/g, ' ');
  /** A table row's cells, each as it reads. */
  const cells = (row: Element) =>
    Array.from(row.querySelectorAll('th, td')).map((cell) => text(cell as HTMLElement).trim());

  it('shows each question’s counts, shares and mean with a decimal comma, grouped under its speaker', async () => {
    const { element } = await open(`/kelola/survei/${SURVEY_ID}/hasil`, {
      ikm: 'none',
      results: results({
        responseCount: 1250,
        questions: [
          question(),
          question({
            questionId: 'n1',
            text: 'Penguasaan materi',
            sectionTitle: 'Evaluasi Narasumber',
            speaker: SPEAKER,
            mean: 3.84,
          }),
          question({
            questionId: 'saran',
            kind: 'long-text',
            text: 'Saran Anda',
            sectionTitle: 'Saran',
            counts: [],
            mean: null,
            answered: 2,
            texts: ['<b>Perbanyak praktik</b>', '=HYPERLINK("x")'],
          }),
        ],
      }),
    });
    const page = text(element());
    expect(element().querySelector('h1')?.textContent).toContain('Evaluasi Pelatihan Katalogisasi');
    expect(page).toContain('1.250 responden');
    expect(page).toContain('Survei anonim: jawaban disimpan tanpa nama.');

    const [first, speakerCard] = Array.from(element().querySelectorAll('bp-question-card'));
    expect(
      Array.from(element().querySelectorAll('.results-block h2')).map((h2) => text(h2 as HTMLElement).trim()),
    ).toEqual(['Penyelenggaraan', 'Evaluasi Narasumber Narasumber: Rina Wulandari', 'Saran']);
    expect(Array.from(first.querySelectorAll('tbody tr')).map(cells)).toEqual([
      ['Sangat tidak setuju', '0', '0%'],
      ['Tidak setuju', '1', '10%'],
      ['Setuju', '5', '50%'],
      ['Sangat setuju', '4', '40%'],
    ]);
    expect(text(first.querySelector('.results-mean') as HTMLElement)).toContain('Rata-rata 3,3 dari 4');
    expect(cells(first.querySelector('tfoot tr') as HTMLElement)).toEqual(['Rata-rata', '3,3']);
    // The chart is for the eye; its table is what a screen reader reads.
    expect(first.querySelector('.survey-chart')?.getAttribute('aria-hidden')).toBe('true');

    expect(speakerCard.closest('section')?.querySelector('.results-speaker')?.textContent).toContain('Rina Wulandari');
    expect(text(speakerCard as HTMLElement)).toContain('3,8');

    const written = Array.from(element().querySelectorAll('.results-texts li')).map((li) => li.textContent);
    expect(written).toEqual(['<b>Perbanyak praktik</b>', '=HYPERLINK("x")']);
    expect(element().querySelector('.results-texts b')).toBeNull();
    // No IKM questions: no panel at all.
    expect(element().querySelector('#results-ikm-heading')).toBeNull();
  });

  it('shows a matrix by row with each row’s mean, and written answers 20 at a time', async () => {
    const texts = Array.from({ length: 25 }, (_, index) => `Jawaban ${index + 1}`);
    const { element, render } = await open(`/kelola/survei/${SURVEY_ID}/hasil`, {
      ikm: 'none',
      results: results({
        questions: [
          question({
            questionId: 'm1',
            kind: 'matrix',
            text: 'Fasilitas',
            counts: [],
            mean: null,
            rows: [
              {
                rowId: 'ruang',
                label: 'Ruang kelas',
                mean: 2.75,
                counts: [
                  { key: '1', label: 'Buruk', count: 1 },
                  { key: '2', label: 'Cukup', count: 0 },
                  { key: '3', label: 'Baik', count: 3 },
                ],
              },
            ],
          }),
          question({ questionId: 't1', kind: 'short-text', text: 'Kesan', counts: [], mean: null, texts }),
        ],
      }),
    });
    const matrix = element().querySelector('bp-question-card') as HTMLElement;
    expect(Array.from(matrix.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'Butir',
      'Buruk',
      'Cukup',
      'Baik',
      'Rata-rata',
    ]);
    expect(cells(matrix.querySelector('tbody tr') as HTMLElement)).toEqual(['Ruang kelas', '1', '0', '3', '2,8']);

    expect(element().querySelectorAll('.results-texts li')).toHaveLength(20);
    const next = Array.from(element().querySelectorAll('bp-pagination button')).find((button) =>
      button.textContent?.includes('Berikutnya'),
    ) as HTMLButtonElement;
    next.click();
    await render();
    expect(Array.from(element().querySelectorAll('.results-texts li')).map((li) => li.textContent)).toEqual(
      texts.slice(20),
    );
  });

  it('says a small anonymous group is not shown, with no figure at all', async () => {
    const { element } = await open(`/kelola/survei/${SURVEY_ID}/hasil?institutionId=${INSTITUTION_ID}`, {
      ikm: 'none',
      results: results({ suppressed: true, responseCount: 3, questions: [] }),
    });
    const page = text(element());
    expect(page).toContain('angka kelompok ini tidak ditampilkan: kelompoknya kurang dari 5 responden');
    expect(page).toContain('kurang dari 5 responden');
    expect(page).not.toContain('3 responden');
    expect(element().querySelector('bp-question-card')).toBeNull();
    expect(element().querySelector('.empty')).toBeNull();
  });

  it('shows the IKM by period with two decimals and the grade in words, and by year on asking', async () => {
    const { element, http, render } = await open(`/kelola/survei/${SURVEY_ID}/hasil?from=2026-10-01&to=2026-11-30`);
    const panel = element().querySelector('bp-ikm-panel') as HTMLElement;
    const overall = panel.querySelector('.results-ikm-overall') as HTMLElement;
    expect(text(overall.querySelector('.results-ikm-index') as HTMLElement)).toBe('84,37');
    expect(text(overall.querySelector('.results-grade') as HTMLElement).trim()).toBe('B · Baik');
    expect(text(overall)).toContain('IKM keseluruhan 84,37 B · Baik dari 24 responden');
    expect(Array.from(panel.querySelectorAll('table')[0].querySelectorAll('tbody tr')).map(cells)).toEqual([
      ['Oktober 2026', '12', '84,38', 'B · Baik'],
      ['November 2026', '12', '90,50', 'A · Sangat Baik'],
    ]);
    const elements = text(panel.querySelectorAll('table')[1] as HTMLElement);
    expect(elements).toContain('U1 · Persyaratan');
    expect(elements).toContain('U9 · Sarana dan prasarana');
    expect(elements).toContain('3,25');

    (panel.querySelector('input[value="year"]') as HTMLInputElement).click();
    await render();
    const byYear = http.expectOne((request) => request.url === `${BASE}/ikm`);
    expect(byYear.request.params.get('by')).toBe('year');
    expect(byYear.request.params.get('from')).toBe('2026-10-01');
    expect(byYear.request.params.get('to')).toBe('2026-11-30');
    byYear.flush(ikmReport());
    await render();
  });

  it('applies the filters through the address, and compares two groups side by side', async () => {
    const { element, http, render, resultsCall } = await open(
      `/kelola/survei/${SURVEY_ID}/hasil?courseId=${COURSE_ID}`,
      {
        ikm: 'none',
      },
    );
    expect(resultsCall.request.params.get('courseId')).toBe(COURSE_ID);
    expect((element().querySelector('#results-a-courseId') as HTMLSelectElement).value).toBe(COURSE_ID);

    const choose = (selector: string, value: string) => {
      const field = element().querySelector(selector) as HTMLInputElement | HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    choose('#results-a-from', '2026-11-01');
    (element().querySelector('#results-compare') as HTMLInputElement).click();
    await render();
    choose('#results-b-webinarSessionId', SESSION_ID);
    choose('#results-b-institutionId', INSTITUTION_ID);
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await render();

    const url = TestBed.inject(Router).url;
    expect(url).toContain(`courseId=${COURSE_ID}`);
    expect(url).toContain('from=2026-11-01');
    expect(url).toContain('bandingkan=1');
    expect(url).toContain(`b_webinarSessionId=${SESSION_ID}`);
    expect(url).toContain(`b_institutionId=${INSTITUTION_ID}`);

    const calls = http.match((request) => request.url === `${BASE}/results`);
    expect(calls.map((call: TestRequest) => call.request.params.toString())).toEqual([
      `courseId=${COURSE_ID}&from=2026-11-01`,
      `webinarSessionId=${SESSION_ID}&institutionId=${INSTITUTION_ID}`,
    ]);
    calls[0].flush(results());
    calls[1].flush(results({ responseCount: 7, questions: [question({ mean: 2.5 })] }));
    http.expectOne((request) => request.url === `${BASE}/ikm`).flush({}, { status: 500, statusText: 'x' });
    await render();

    const card = element().querySelector('bp-question-card') as HTMLElement;
    const sides = Array.from(card.querySelectorAll('.results-side')).map((side) => text(side as HTMLElement));
    expect(sides[0]).toContain('Kelompok A');
    expect(sides[0]).toContain('3,3');
    expect(sides[1]).toContain('Kelompok B');
    expect(sides[1]).toContain('2,5');
    expect(text(element().querySelector('.results-counts') as HTMLElement)).toContain('Kelompok B: 7 responden');
  });

  it('will not apply a period that ends before it starts', async () => {
    const { element, render } = await open(`/kelola/survei/${SURVEY_ID}/hasil`, { ikm: 'none' });
    const to = element().querySelector('#results-a-to') as HTMLInputElement;
    (element().querySelector('#results-a-from') as HTMLInputElement).value = '2026-11-30';
    element().querySelector('#results-a-from')?.dispatchEvent(new Event('change'));
    to.value = '2026-11-01';
    to.dispatchEvent(new Event('change'));
    await render();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(element().querySelector(`#${to.getAttribute('aria-describedby')}`)?.textContent).toContain(
      'Tanggal akhir tidak boleh sebelum tanggal awal.',
    );
    expect((element().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(true);

    // "Hapus filter" empties the form even though the address had no filters to take away.
    const clear = Array.from(element().querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === 'Hapus filter',
    ) as HTMLButtonElement;
    clear.click();
    await render();
    expect((element().querySelector('#results-a-to') as HTMLInputElement).value).toBe('');
    expect((element().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('downloads the export with the filters applied, and says why the api refused one', async () => {
    const { element, http, render } = await open(
      `/kelola/survei/${SURVEY_ID}/hasil?webinarSessionId=${SESSION_ID}&to=2026-11-30`,
      { ikm: 'none' },
    );
    const saved = jest.fn();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    HTMLAnchorElement.prototype.click = saved;
    const button = (label: string) =>
      Array.from(element().querySelectorAll('button')).find(
        (each) => each.textContent?.trim() === label,
      ) as HTMLButtonElement;

    button('Unduh XLSX').click();
    await render();
    http
      .expectOne(`${BASE}/export.xlsx?webinarSessionId=${SESSION_ID}&to=2026-11-30`)
      .flush(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="hasil.xlsx"' } });
    await render();
    expect(saved).toHaveBeenCalled();

    button('Unduh CSV').click();
    await render();
    const refusal = JSON.stringify({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'survey.groupTooSmall',
      message: 'Kelompok ini kurang dari 5 responden, jadi tidak dapat diunduh.',
    });
    http
      .expectOne(`${BASE}/export.csv?webinarSessionId=${SESSION_ID}&to=2026-11-30`)
      .flush(new Blob([refusal], { type: 'application/json' }), { status: 422, statusText: 'Unprocessable Entity' });
    await render();
    await render();
    expect(text(element())).toContain('Kelompok ini kurang dari 5 responden, jadi tidak dapat diunduh.');
  });

  it('has no serious accessibility violations with two groups, a matrix, texts and the IKM (axe)', async () => {
    const url = `/kelola/survei/${SURVEY_ID}/hasil?bandingkan=1&b_courseId=${COURSE_ID}`;
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'kelola/survei/:surveyId/hasil', component: SurveyResultsPage }]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(url);
    await settle(harness.fixture);
    http.expectOne(BASE).flush(surveyDetail());
    http.expectOne('/api/institutions').flush([{ id: INSTITUTION_ID, name: 'Perpustakaan Kota Bandung', city: null }]);
    const [a, b] = http.match((request) => request.url === `${BASE}/results`);
    const matrix = question({
      questionId: 'm1',
      kind: 'matrix',
      text: 'Fasilitas',
      counts: [],
      mean: null,
      rows: [{ rowId: 'r', label: 'Ruang', mean: 3, counts: [{ key: '3', label: 'Baik', count: 3 }] }],
    });
    const written = question({
      questionId: 't1',
      kind: 'short-text',
      text: 'Kesan',
      counts: [],
      mean: null,
      texts: ['Baik'],
    });
    a.flush(results({ questions: [question(), matrix, written] }));
    b.flush(results({ suppressed: true, questions: [] }));
    http.expectOne((request) => request.url === `${BASE}/ikm`).flush(ikmReport());
    await settle(harness.fixture);

    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelectorAll('bp-question-card')).toHaveLength(3);
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.passes.map((item) => item.id)).toEqual(expect.arrayContaining(['label', 'th-has-data-cells']));
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
});
