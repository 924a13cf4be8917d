import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SurveySummary } from '@bina-pustaka/shared-contracts';
import { SURVEY_ID, settle, surveyDetail, surveySummary, surveyTranslocoTesting } from '../build-testing';
import { NewSurveyPage } from './new-survey.page';

@Component({ template: 'builder' })
class BuilderStub {}

const TEMPLATES: SurveySummary[] = [
  surveySummary({
    id: 't1',
    title: 'Evaluasi Penyelenggaraan',
    isTemplate: true,
    templateKey: 'evaluasi-penyelenggaraan',
  }),
  surveySummary({ id: 't2', title: 'Evaluasi Narasumber', isTemplate: true, templateKey: 'evaluasi-narasumber' }),
  surveySummary({
    id: 't3',
    title: 'Survei Kepuasan Masyarakat',
    isTemplate: true,
    templateKey: 'survei-kepuasan',
    audience: 'public',
    anonymous: true,
  }),
];

describe('NewSurveyPage', () => {
  async function open() {
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/survei/baru', component: NewSurveyPage },
          { path: 'kelola/survei/:surveyId', component: BuilderStub },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/kelola/survei/baru');
    const render = () => settle(harness.fixture);
    await render();
    http
      .expectOne('/api/surveys?page=1&pageSize=20&templates=true')
      .flush({ items: TEMPLATES, total: 3, page: 1, pageSize: 20 });
    await render();
    const element = () => harness.routeNativeElement as HTMLElement;
    const type = async (value: string) => {
      const title = element().querySelector<HTMLInputElement>('#survey-title') as HTMLInputElement;
      title.value = value;
      title.dispatchEvent(new Event('input'));
      await render();
    };
    const choose = async (label: string) => {
      const option = [...element().querySelectorAll<HTMLLabelElement>('label.radio-card')].find((each) =>
        each.textContent?.includes(label),
      );
      option?.querySelector('input')?.click();
      await render();
    };
    const radio = (label: string) =>
      [...element().querySelectorAll<HTMLLabelElement>('label.radio-card')]
        .find((each) => each.textContent?.includes(label))
        ?.querySelector('input') as HTMLInputElement;
    const submit = async () => {
      element().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await render();
    };
    return { http, render, element, type, choose, radio, submit };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('offers the three templates, each with what it is for, and copies the chosen one', async () => {
    const { http, render, element, type, choose, radio, submit } = await open();
    const start = element().querySelector('fieldset legend')?.textContent;
    expect(start).toContain('Mulai dari');
    expect(element().textContent).toContain('sembilan unsur pelayanan untuk menghitung IKM');
    expect(element().textContent).toContain('Untuk menilai setiap narasumber');
    expect(element().textContent).toContain('hasil kelompok yang kurang dari 5 orang tidak ditampilkan');

    await choose('Survei Kepuasan Masyarakat');
    // The satisfaction survey is for the public: its audience comes with it.
    expect(radio('Publik tanpa akun').checked).toBe(true);
    expect(radio('Peserta yang masuk').checked).toBe(false);
    await type('SKM Perpustakaan Kota 2026');
    await submit();
    const created = http.expectOne('/api/surveys');
    expect(created.request.method).toBe('POST');
    expect(created.request.body).toEqual({
      title: 'SKM Perpustakaan Kota 2026',
      description: '',
      anonymous: true,
      audience: 'public',
      opensAt: null,
      closesAt: null,
      responseLimit: null,
      fromSurveyId: 't3',
    });
    created.flush(surveyDetail());
    await render();
    expect(element().textContent).toContain('builder');
  });

  it('starts a blank survey with one section and one question to rewrite', async () => {
    const { http, render, type, radio, choose, submit, element } = await open();
    await choose('Evaluasi Narasumber');
    await choose('Survei kosong');
    await type('Survei Minat Baca Staf');
    const anonymous = element().querySelector<HTMLInputElement>('input[type="checkbox"]') as HTMLInputElement;
    // A public survey has nobody signed in to name: it stays anonymous.
    radio('Publik tanpa akun').click();
    await render();
    expect([anonymous.checked, anonymous.disabled]).toEqual([true, true]);
    radio('Peserta yang masuk').click();
    await render();
    anonymous.click();
    await render();
    await submit();
    const created = http.expectOne('/api/surveys');
    expect(created.request.body).toMatchObject({
      title: 'Survei Minat Baca Staf',
      audience: 'signed-in',
      anonymous: false,
      definition: {
        sections: [
          {
            id: 's1',
            title: 'Bagian 1',
            questions: [
              {
                id: 'q1',
                kind: 'likert',
                scale: { points: 4, labels: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'] },
              },
            ],
          },
        ],
      },
    });
    expect(created.request.body.fromSurveyId).toBeUndefined();
    created.flush(surveyDetail({ id: SURVEY_ID }));
    await render();
    expect(element().textContent).toContain('builder');
  });

  it('asks for a title before sending, and shows the api’s refusal under it', async () => {
    const { http, render, type, submit, element } = await open();
    await submit();
    http.expectNone('/api/surveys');
    expect(element().querySelector('#survey-title-error')?.textContent).toContain('Wajib diisi');

    await type('Survei baru');
    await submit();
    http.expectOne('/api/surveys').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation.failed',
        message: 'Periksa kembali isian Anda.',
        issues: [{ field: 'title', message: 'Judul sudah dipakai survei lain.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Periksa kembali isian Anda.');
    expect(element().querySelector('#survey-title-error')?.textContent).toContain('Judul sudah dipakai survei lain.');
  });
});
