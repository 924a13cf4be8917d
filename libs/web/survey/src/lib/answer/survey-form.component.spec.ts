import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import type { SurveyAnswerInput, SurveyForm, SurveySubmitted } from '@bina-pustaka/shared-contracts';
import axe from 'axe-core';
import { Subject, type Observable } from 'rxjs';
import { SurveyFormComponent } from './survey-form.component';
import { draftStorage } from './survey-answers';
import { BUDI, SITI, settle, surveyForm, surveyTranslocoTesting } from './testing/answer-testing';

@Component({
  imports: [SurveyFormComponent],
  template: `<bp-survey-form
    [form]="form()"
    [storageKey]="storageKey"
    [preview]="preview()"
    [send]="send"
    (sent)="sentMessage = $event.message"
  />`,
})
class HostComponent {
  readonly form = signal<SurveyForm>(surveyForm());
  readonly preview = signal(false);
  storageKey: string | null = 'test';
  sentMessage: string | null = null;
  readonly calls: { answers: SurveyAnswerInput[]; reply: Subject<SurveySubmitted> }[] = [];
  readonly send = (answers: SurveyAnswerInput[]): Observable<SurveySubmitted> => {
    const reply = new Subject<SurveySubmitted>();
    this.calls.push({ answers, reply });
    return reply;
  };
}

describe('SurveyFormComponent', () => {
  beforeEach(() => sessionStorage.clear());

  async function render(setup: (host: HostComponent) => void = () => undefined) {
    TestBed.configureTestingModule({ imports: [surveyTranslocoTesting()] });
    const fixture = TestBed.createComponent(HostComponent);
    setup(fixture.componentInstance);
    const settled = () => settle(fixture);
    await settled();
    const element = fixture.nativeElement as HTMLElement;
    const question = (text: string) =>
      [...element.querySelectorAll<HTMLElement>('.survey-question')].find((each) =>
        each.querySelector('legend, label')?.textContent?.includes(text),
      ) as HTMLElement;
    const pick = (container: HTMLElement, label: string) =>
      (
        [...container.querySelectorAll('label')]
          .find((each) => each.textContent?.trim() === label)
          ?.querySelector('input') as HTMLInputElement
      ).click();
    const type = (field: Element | null, value: string) => {
      (field as HTMLInputElement).value = value;
      field?.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await settled();
    };
    return { fixture, host: fixture.componentInstance, element, question, pick, type, submit, settled };
  }

  it('renders every kind with native, labelled inputs and the notice on names', async () => {
    const { element, question } = await render();
    expect(element.querySelector('.survey-notice')?.textContent).toContain('Jawaban Anda dicatat bersama nama Anda.');
    // Likert: a radio group in a fieldset, each point's words as its label; "(wajib)" in the legend.
    const likert = question('Seberapa puas');
    expect(likert.querySelector('fieldset > legend')?.textContent).toContain('(wajib)');
    expect([...likert.querySelectorAll('label')].map((label) => label.textContent?.trim())).toEqual([
      'Tidak puas',
      'Kurang puas',
      'Puas',
      'Sangat puas',
    ]);
    expect(likert.querySelectorAll('input[type="radio"]').length).toBe(4);
    // Rating: ten radios 1..10 and its help tied to the group.
    const rating = question('Beri nilai');
    expect(rating.querySelectorAll('input[type="radio"]').length).toBe(10);
    const ratingGroup = rating.querySelector('fieldset') as HTMLFieldSetElement;
    expect(ratingGroup.getAttribute('aria-describedby')).toContain(`${rating.id}-help`);
    // Choices: "Lainnya" offered; multiple choice as checkboxes.
    expect(question('Dari mana').querySelectorAll('input[type="radio"]').length).toBe(3);
    expect(question('Materi mana').querySelectorAll('input[type="checkbox"]').length).toBe(3);
    // Matrix: one fieldset per row, named by the row.
    const rows = [...question('Nilai fasilitas').querySelectorAll('fieldset fieldset > legend')];
    expect(rows.map((legend) => legend.textContent?.trim())).toEqual(['Ruang kelas', 'Konsumsi']);
    // Text with a counter, number with its bounds, date.
    const text = question('Satu kata').querySelector('input[type="text"]') as HTMLInputElement;
    expect(text.getAttribute('maxlength')).toBe('300');
    expect(question('Saran untuk').querySelector('textarea')?.getAttribute('maxlength')).toBe('5000');
    // A number: the phone's number keys, and its range in words tied to the box.
    const years = question('Berapa tahun');
    const number = years.querySelector('input') as HTMLInputElement;
    expect(number.getAttribute('inputmode')).toBe('numeric');
    expect(years.querySelector(`#${years.id}-range`)?.textContent).toContain('Bilangan bulat dari 0 sampai 50.');
    expect(number.getAttribute('aria-describedby')).toContain(`${years.id}-range`);
    expect(question('Kapan Anda').querySelector('input[type="date"]')).not.toBeNull();
    // Every input has a label (its own, or the one wrapping it).
    const unlabelled = [...element.querySelectorAll('input, textarea')].filter(
      (input) => !input.closest('label') && !element.querySelector(`label[for="${input.id}"]`),
    );
    expect(unlabelled).toEqual([]);
    // The speakers' blocks are titled with their names.
    const headings = [...element.querySelectorAll('h2')].map((heading) => heading.textContent?.trim());
    expect(headings).toEqual(['Penyelenggaraan', `Narasumber: ${SITI.fullName}`, `Narasumber: ${BUDI.fullName}`]);
  });

  it('says an anonymous survey does not keep names', async () => {
    const { element } = await render((host) => host.form.set(surveyForm({ anonymous: true })));
    expect(element.querySelector('.survey-notice')?.textContent).toContain('tidak dicatat bersama nama Anda');
  });

  it('checks before sending: required answers named beside their question, the focus on the first', async () => {
    const { host, element, question, submit } = await render();
    await submit();
    expect(host.calls).toEqual([]);
    expect(element.querySelector('.alert-error')?.textContent).toContain('Ada 8 jawaban');
    const likert = question('Seberapa puas');
    expect(likert.querySelector('.field-error')?.textContent).toContain('Pertanyaan ini wajib dijawab.');
    expect(likert.querySelector('fieldset')?.getAttribute('aria-describedby')).toContain(`${likert.id}-error`);
    expect(document.activeElement).toBe(likert.querySelector('input'));
    expect(question('Satu kata').querySelector('.field-error')).toBeNull();
  });

  it('shows a conditional question live, and sends exactly what is shown and answered', async () => {
    const { host, element, question, pick, type, submit, settled } = await render();
    const sitiBlock = () => element.querySelectorAll('section')[1] as HTMLElement;
    expect(sitiBlock().textContent).not.toContain('Apa yang perlu diperbaiki?');
    pick(question('Seberapa puas'), 'Sangat puas');
    pick(question('Beri nilai'), '8');
    pick(question('Dari mana'), 'Lainnya');
    await settled();
    type(question('Dari mana').querySelector('input[type="text"]'), 'Radio');
    pick(question('Materi mana'), 'Perpustakaan digital');
    pick(question('Materi mana'), 'Katalogisasi');
    const matrix = question('Nilai fasilitas');
    const rows = matrix.querySelectorAll('fieldset fieldset');
    pick(rows[0] as HTMLElement, 'Puas');
    pick(rows[1] as HTMLElement, 'Kurang puas');
    type(question('Berapa tahun').querySelector('input'), '7');
    type(question('Kapan Anda').querySelector('input'), '2019-01-02');
    const [siti, budi] = [...element.querySelectorAll('section')].slice(1) as HTMLElement[];
    pick(siti.querySelector('.survey-question') as HTMLElement, 'Tidak puas');
    pick(budi.querySelector('.survey-question') as HTMLElement, 'Puas');
    await settled();
    // Siti's follow-up appears once she is rated 1; Budi's stays hidden.
    expect(siti.textContent).toContain('Apa yang perlu diperbaiki?');
    expect(budi.textContent).not.toContain('Apa yang perlu diperbaiki?');
    type(siti.querySelector('textarea'), 'Lebih banyak contoh.');
    await submit();
    expect(host.calls.length).toBe(1);
    expect(host.calls[0].answers).toEqual([
      { questionId: 'q1', number: 4 },
      { questionId: 'q2', number: 8 },
      { questionId: 'q3', choices: ['lainnya'], text: 'Radio' },
      { questionId: 'q4', choices: ['katalog', 'digital'] },
      { questionId: 'q5', rows: { ruang: 3, konsumsi: 2 } },
      { questionId: 'q8', number: 7 },
      { questionId: 'q9', date: '2019-01-02' },
      { questionId: 'n1', speakerId: SITI.id, number: 1 },
      { questionId: 'n2', speakerId: SITI.id, text: 'Lebih banyak contoh.' },
      { questionId: 'n1', speakerId: BUDI.id, number: 3 },
    ]);
    expect(element.querySelector('button[type="submit"]')?.textContent).toContain('Mengirim');
    expect(sessionStorage.getItem(draftStorage.key('test'))).not.toBeNull();
    host.calls[0].reply.next({ message: 'Terima kasih atas jawaban Anda.' });
    host.calls[0].reply.complete();
    await settled();
    expect(host.sentMessage).toBe('Terima kasih atas jawaban Anda.');
    // Sent: the safety copy is gone.
    expect(sessionStorage.getItem(draftStorage.key('test'))).toBeNull();
  });

  it("shows the api's 422 on top and beside the question it names, and focuses that question", async () => {
    const { host, element, question, pick, type, submit, settled } = await render((each) =>
      each.form.set(surveyForm({ sections: [surveyForm().sections[0]] })),
    );
    pick(question('Seberapa puas'), 'Puas');
    pick(question('Beri nilai'), '5');
    pick(question('Dari mana'), 'Rekan kerja');
    pick(question('Materi mana'), 'Katalogisasi');
    const rows = question('Nilai fasilitas').querySelectorAll('fieldset fieldset');
    pick(rows[0] as HTMLElement, 'Puas');
    pick(rows[1] as HTMLElement, 'Puas');
    type(question('Berapa tahun').querySelector('input'), '3');
    await submit();
    const message = 'Jawaban untuk "Berapa tahun Anda bekerja di perpustakaan?" harus bilangan bulat dari 0 sampai 40.';
    host.calls[0].reply.error(
      new HttpErrorResponse({
        status: 422,
        error: { statusCode: 422, error: 'Unprocessable Entity', message, code: 'survey.answerOutOfRange' },
      }),
    );
    await settled();
    expect(element.querySelector('.alert-error')?.textContent).toContain(message);
    const number = question('Berapa tahun');
    expect(number.querySelector('.field-error')?.textContent).toContain(message);
    expect(number.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(number.querySelector('input'));
    // Changing the answer takes the api's sentence away from the question.
    type(number.querySelector('input'), '4');
    await settled();
    expect(number.querySelector('.field-error')).toBeNull();
  });

  it('keeps what was typed across a reload, per storage key', async () => {
    draftStorage.write('test', { q6: { value: 'Menyenangkan' }, q1: { point: 2 } });
    const { question } = await render();
    expect((question('Satu kata').querySelector('input') as HTMLInputElement).value).toBe('Menyenangkan');
    expect(question('Satu kata').querySelector('.survey-count')?.textContent).toContain('12/300');
    const checked = question('Seberapa puas').querySelector('input:checked')?.closest('label');
    expect(checked?.textContent?.trim()).toBe('Kurang puas');
  });

  it('in a preview, lets everything be tried and sends nothing', async () => {
    const { host, element, submit } = await render((each) => {
      each.preview.set(true);
      each.storageKey = null;
    });
    const button = element.querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await submit();
    expect(host.calls).toEqual([]);
  });

  it('has no serious accessibility violations, also with its problems shown (axe)', async () => {
    const { element, submit } = await render();
    await submit();
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.passes.map((item) => item.id)).toEqual(expect.arrayContaining(['label', 'aria-valid-attr-value']));
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });

  it('lays a matrix out as a table on a wide screen, each point still labelled for screen readers', async () => {
    const wide = { matches: true, addEventListener: jest.fn(), removeEventListener: jest.fn() };
    window.matchMedia = jest.fn().mockReturnValue(wide);
    try {
      const { question } = await render();
      const matrix = question('Nilai fasilitas');
      const head = matrix.querySelector('.survey-matrix-head');
      expect(head?.getAttribute('aria-hidden')).toBe('true');
      expect(head?.textContent).toContain('Sangat puas');
      const firstRow = matrix.querySelectorAll('fieldset fieldset')[0];
      const labels = [...firstRow.querySelectorAll('label')];
      expect(labels.map((label) => label.querySelector('.visually-hidden')?.textContent?.trim())).toEqual([
        'Tidak puas',
        'Kurang puas',
        'Puas',
        'Sangat puas',
      ]);
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });
});
