import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SURVEY_QUESTION_KINDS, type SurveyDetail } from '@bina-pustaka/shared-contracts';
import { SURVEY_ID, settle, surveyDetail, surveyTranslocoTesting } from '../build-testing';
import { SurveyBuilderPage } from './survey-builder.page';

@Component({ template: '<p>daftar</p>' })
class ListStub {}

const URL_BASE = `/api/surveys/${SURVEY_ID}`;

describe('SurveyBuilderPage', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: the browser's part of opening one.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  async function open(survey: SurveyDetail) {
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/survei', component: ListStub },
          { path: 'kelola/survei/:surveyId', component: SurveyBuilderPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(`/kelola/survei/${survey.id}`);
    const render = () => settle(harness.fixture);
    await render();
    http.expectOne(`/api/surveys/${survey.id}`).flush(survey);
    await render();
    const element = () => harness.routeNativeElement as HTMLElement;
    const field = <T extends HTMLElement = HTMLInputElement>(selector: string) =>
      element().querySelector<T>(selector) as T;
    const fill = async (selector: string, value: string, event = 'input') => {
      const input = field<HTMLInputElement>(selector);
      input.value = value;
      input.dispatchEvent(new Event(event));
      await render();
    };
    const buttons = (text: string) =>
      [...element().querySelectorAll<HTMLButtonElement>('button')].filter((each) =>
        each.textContent?.trim().startsWith(text),
      );
    const press = async (text: string) => {
      buttons(text)[0]?.click();
      await render();
    };
    return { http, render, element, field, fill, buttons, press };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('adds a question of every kind with generated keys, and saves the whole definition', async () => {
    const { http, render, field, fill, press } = await open(surveyDetail());
    for (const kind of SURVEY_QUESTION_KINDS) {
      await fill('#ss-0-kind', kind, 'change');
      await press('Tambah pertanyaan');
    }
    // q1 is the survey's own; q2..q10 are one of each kind, in the kinds' order.
    for (let q = 1; q <= SURVEY_QUESTION_KINDS.length; q++) await fill(`#sq-0-${q}-text`, `Pertanyaan ${q + 1}`);
    await fill('#sq-0-1-preset', 'satisfied', 'change');
    // An IKM element is measured on four points: the scale follows, in the same words.
    await fill('#sq-0-1-ikm', 'U7', 'change');
    expect(field<HTMLSelectElement>('#sq-0-1-points').value).toBe('4');
    await fill('#sq-0-3-option-0', 'Media sosial');
    await fill('#sq-0-3-option-1', 'Surat dinas');
    await press('Tambah pilihan');
    await fill('#sq-0-3-option-2', 'Rekan kerja');
    expect(field<HTMLElement>('#sq-0-3-other').closest('label')?.textContent).toContain('Izinkan Lainnya');
    field('#sq-0-3-other').click();
    await render();
    await fill('#sq-0-4-option-0', 'Buku');
    await fill('#sq-0-4-option-1', 'Jurnal');
    await fill('#sq-0-5-row-0', 'Ketepatan waktu');
    await fill('#sq-0-8-min', '0', 'change');
    await fill('#sq-0-8-max', '40', 'change');
    // "Tampilkan hanya jika": the long answer (q8) only when q4's answer is "Surat dinas".
    await fill('#sq-0-7-when', 'q4', 'change');
    await fill('#sq-0-7-equals', 'o2', 'change');

    await press('Simpan');
    const saved = http.expectOne(URL_BASE);
    expect(saved.request.method).toBe('PATCH');
    const body = saved.request.body;
    expect(Object.keys(body).sort()).toEqual(
      ['anonymous', 'closesAt', 'definition', 'description', 'opensAt', 'responseLimit', 'title'].sort(),
    );
    const questions = body.definition.sections[0].questions;
    expect(questions.map((each: { id: string }) => each.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'q10',
    ]);
    expect(questions.slice(1).map((each: { kind: string }) => each.kind)).toEqual([...SURVEY_QUESTION_KINDS]);
    expect(questions[1]).toEqual({
      id: 'q2',
      kind: 'likert',
      text: 'Pertanyaan 2',
      help: null,
      required: true,
      showWhen: null,
      scale: { points: 4, labels: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'] },
      ikmElement: 'U7',
    });
    expect(questions[2]).toEqual({
      id: 'q3',
      kind: 'rating',
      text: 'Pertanyaan 3',
      help: null,
      required: true,
      showWhen: null,
    });
    expect(questions[3]).toMatchObject({
      kind: 'single-choice',
      options: [
        { id: 'o1', label: 'Media sosial' },
        { id: 'o2', label: 'Surat dinas' },
        { id: 'o3', label: 'Rekan kerja' },
      ],
      allowOther: true,
    });
    expect(questions[4]).toMatchObject({ kind: 'multiple-choice', allowOther: false });
    expect(questions[5]).toMatchObject({
      kind: 'matrix',
      rows: [{ id: 'r1', label: 'Ketepatan waktu' }],
      scale: { points: 5 },
    });
    expect(questions[7]).toMatchObject({ kind: 'long-text', showWhen: { questionId: 'q4', equals: 'o2' } });
    expect(questions[8]).toMatchObject({ kind: 'number', min: 0, max: 40, integer: false });
    expect(questions[9]).toMatchObject({ kind: 'date' });
    saved.flush(surveyDetail({ definition: body.definition }));
    await render();
    expect(field<HTMLElement>('.alert-success').textContent).toContain('Survei tersimpan.');
  });

  it('adds, moves and removes sections, and drops a condition that a move puts before its question', async () => {
    const { http, render, field, fill, buttons, press } = await open(surveyDetail());
    await press('Tambah bagian');
    expect(field('#ss-1-title').value).toBe('Bagian 2');
    await fill('#ss-1-title', 'Evaluasi Narasumber');
    field('#ss-1-speaker').click();
    await fill('#ss-1-kind', 'rating', 'change');
    buttons('Tambah pertanyaan')[1].click();
    await render();
    await fill('#sq-1-0-text', 'Nilai narasumber ini');
    await fill('#sq-1-0-when', 'q1', 'change');
    await fill('#sq-1-0-equals', '4', 'change');
    expect(field('#sq-1-0-equals').value).toBe('4');

    // Moved first, the rating comes before q1: its condition can no longer hold.
    buttons('Naikkan bagian')[1].click();
    await render();
    await press('Simpan');
    const saved = http.expectOne(URL_BASE);
    const sections = saved.request.body.definition.sections;
    expect(sections.map((section: { id: string }) => section.id)).toEqual(['s2', 's1']);
    expect(sections[0]).toMatchObject({ title: 'Evaluasi Narasumber', perSpeaker: true });
    expect(sections[0].questions[0]).toMatchObject({ id: 'q2', kind: 'rating', showWhen: null });
    saved.flush(surveyDetail({ definition: saved.request.body.definition }));
    await render();

    buttons('Hapus bagian')[0].click();
    await render();
    expect(field('#ss-0-title').value).toBe('Penyelenggaraan');
    expect(field('#ss-1-title')).toBeNull();
    // The last section stays: a survey asks at least one question.
    expect(buttons('Hapus bagian')[0].disabled).toBe(true);
  });

  it('keeps the structure of an answered survey and lets only its words change', async () => {
    const { http, element, field, fill, buttons, press } = await open(
      surveyDetail({ wordingOnly: true, responseCount: 8 }),
    );
    expect(element().textContent).toContain(
      'Survei ini sudah dijawab: hanya kata-kata yang dapat diperbaiki agar hasilnya tetap dapat dibandingkan',
    );
    for (const text of [
      'Tambah pertanyaan',
      'Tambah bagian',
      'Hapus pertanyaan',
      'Hapus bagian',
      'Naikkan',
      'Turunkan',
    ]) {
      expect(buttons(text)).toEqual([]);
    }
    expect(field('#sq-0-0-points').disabled).toBe(true);
    expect(field('#sq-0-0-ikm').disabled).toBe(true);
    const required = [...element().querySelectorAll('label.checkbox')].find((label) =>
      label.textContent?.includes('Wajib dijawab'),
    );
    expect(required?.querySelector('input')?.disabled).toBe(true);
    expect(field('#sq-0-0-text').disabled).toBe(false);
    expect(field('#sq-0-0-label-2').disabled).toBe(false);

    await fill('#sq-0-0-text', 'Materi sesuai dengan kebutuhan kerja saya');
    await fill('#sq-0-0-label-2', 'Cukup setuju');
    await press('Simpan');
    const saved = http.expectOne(URL_BASE);
    const question = saved.request.body.definition.sections[0].questions[0];
    expect(question.text).toBe('Materi sesuai dengan kebutuhan kerja saya');
    expect(question.scale.labels[2]).toBe('Cukup setuju');
    saved.flush(surveyDetail({ wordingOnly: true }));
  });

  it('names empty words before sending, and shows the api’s refusal under the field it names and at the top', async () => {
    const { http, render, element, field, fill, press } = await open(surveyDetail());
    await fill('#sq-0-0-text', '   ');
    await press('Simpan');
    http.expectNone(URL_BASE);
    expect(field<HTMLElement>('#sq-0-0-text-error').textContent).toContain('Isi bagian ini sebelum menyimpan.');
    expect(field('#sq-0-0-text').getAttribute('aria-invalid')).toBe('true');
    expect(element().textContent).toContain('Beberapa isian belum lengkap');

    await fill('#sq-0-0-text', 'Materi sesuai kebutuhan');
    await fill('#survey-closesAt-date', '2026-11-30', 'change');
    await press('Simpan');
    const refused = http.expectOne(URL_BASE);
    expect(refused.request.body.closesAt).toBe('2026-11-30T23:59:00+07:00');
    refused.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation.failed',
        message: 'Periksa kembali isian survei.',
        issues: [
          {
            field: 'definition.sections.0.questions.0.text',
            message: 'Pertanyaan ini terlalu mirip dengan yang lain.',
          },
          { field: 'closesAt', message: 'Survei harus ditutup sesudah dibuka.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    expect(field<HTMLElement>('[role="alert"]').textContent).toContain('Periksa kembali isian survei.');
    expect(field<HTMLElement>('#sq-0-0-text-error').textContent).toContain('Pertanyaan ini terlalu mirip');
    expect(field<HTMLElement>('#survey-closesAt-error').textContent).toContain('Survei harus ditutup sesudah dibuka.');

    // A refusal that names no field (the survey was answered meanwhile) is shown at the top.
    await press('Simpan');
    http
      .expectOne(URL_BASE)
      .flush(
        { statusCode: 409, error: 'Conflict', code: 'survey.wordingOnly', message: 'Survei ini sudah dijawab.' },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    expect(field<HTMLElement>('[role="alert"]').textContent).toContain('Survei ini sudah dijawab.');
    expect(element().querySelector('.field-error')).toBeNull();
  });

  it('publishes, duplicates as "Salinan …" and deletes after asking', async () => {
    const { http, render, element, field, fill, press } = await open(
      surveyDetail({ courses: [{ id: 'c1', title: 'Katalogisasi RDA' }], webinarSessions: [] }),
    );
    expect(element().textContent).toContain('Dipakai sebagai evaluasi: Katalogisasi RDA');
    expect(field<HTMLAnchorElement>('a[href^="/survei/"]').getAttribute('href')).toBe(
      `/survei/${SURVEY_ID}?pratinjau=1`,
    );
    expect(field<HTMLAnchorElement>('a[href$="/hasil"]').getAttribute('href')).toBe(
      `/kelola/survei/${SURVEY_ID}/hasil`,
    );

    // Unsaved words are saved before the preview takes the tab.
    await fill('#survey-settings-title', 'Evaluasi Pelatihan Katalogisasi RDA');
    expect(element().querySelector('a[href^="/survei/"]')).toBeNull();
    await press('Pratinjau');
    const beforePreview = http.expectOne(URL_BASE);
    expect(beforePreview.request.body.title).toBe('Evaluasi Pelatihan Katalogisasi RDA');
    beforePreview.flush(surveyDetail({ title: 'Evaluasi Pelatihan Katalogisasi RDA' }));
    await render();
    expect(TestBed.inject(Router).url).toBe(`/survei/${SURVEY_ID}?pratinjau=1`);
    await TestBed.inject(Router).navigateByUrl(`/kelola/survei/${SURVEY_ID}`);
    await render();
    http.expectOne(URL_BASE).flush(surveyDetail());
    await render();

    await press('Terbitkan');
    const published = http.expectOne(`${URL_BASE}/status`);
    expect(published.request.method).toBe('PUT');
    expect(published.request.body).toEqual({ status: 'published' });
    published.flush(surveyDetail({ status: 'published' }));
    await render();
    expect(element().querySelector('.page-header-actions button')?.textContent?.trim()).toBe('Tutup');

    await press('Duplikat');
    const copy = http.expectOne('/api/surveys');
    expect(copy.request.body).toMatchObject({
      title: 'Salinan Evaluasi Pelatihan Katalogisasi',
      audience: 'signed-in',
      fromSurveyId: SURVEY_ID,
    });
    const copyId = '6f1d2c1e-5555-4c3a-9b1a-000000000009';
    copy.flush(surveyDetail({ id: copyId, title: 'Salinan Evaluasi Pelatihan Katalogisasi' }));
    await render();
    http
      .expectOne(`/api/surveys/${copyId}`)
      .flush(surveyDetail({ id: copyId, title: 'Salinan Evaluasi Pelatihan Katalogisasi' }));
    await render();
    expect(element().querySelector('h1')?.textContent).toContain('Salinan Evaluasi Pelatihan Katalogisasi');

    await press('Hapus');
    expect(field<HTMLDialogElement>('dialog').open).toBe(true);
    await press('Ya, hapus');
    const removed = http.expectOne(`/api/surveys/${copyId}`);
    expect(removed.request.method).toBe('DELETE');
    removed.flush(null, { status: 204, statusText: 'No Content' });
    await render();
    expect(element().textContent).toContain('daftar');
  });

  it('gives a public survey its link to copy and its QR poster', async () => {
    const { http, render, field, press } = await open(surveyDetail({ audience: 'public', publicSlug: 'skm-kota' }));
    expect(field('#survey-public-link').value).toBe(`${location.origin}/s/skm-kota`);
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await press('Salin tautan');
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/s/skm-kota`);
    expect(field<HTMLElement>('.alert-success').textContent).toContain('Tautan disalin.');

    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:poster'), revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('poster-skm.pdf');
    });
    await press('Unduh poster QR (PDF)');
    http.expectOne(`${URL_BASE}/poster.pdf`).flush(new Blob(['%PDF']), {
      headers: { 'Content-Disposition': 'attachment; filename="poster-skm.pdf"' },
    });
    await render();
    expect(clicked).toHaveBeenCalledTimes(1);
    clicked.mockRestore();
  });

  it('shows a template read-only, to be duplicated', async () => {
    const { element, buttons } = await open(
      surveyDetail({
        isTemplate: true,
        templateKey: 'evaluasi-penyelenggaraan',
        may: { manage: true, readResults: true },
      }),
    );
    expect(element().textContent).toContain('Templat tidak dapat diubah');
    expect(buttons('Simpan')).toEqual([]);
    expect(buttons('Terbitkan')).toEqual([]);
    expect(buttons('Duplikat')).toHaveLength(1);
    expect((element().querySelector('#sq-0-0-text') as HTMLTextAreaElement).disabled).toBe(true);
  });
});
