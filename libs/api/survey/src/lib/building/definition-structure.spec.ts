import type { SurveyDefinition } from '@bina-pustaka/shared-contracts';
import { surveyDefinitionSchema } from '@bina-pustaka/shared-contracts/schemas';
import { structureChange } from './definition-structure';

const scale = { points: 4, labels: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'] };

const base = (): SurveyDefinition =>
  surveyDefinitionSchema.parse({
    sections: [
      {
        id: 'umum',
        title: 'Umum',
        intro: 'Pendapat Anda tentang pelatihan.',
        questions: [
          { id: 'q1', kind: 'likert', text: 'Materi mudah dipahami', scale },
          {
            id: 'q2',
            kind: 'single-choice',
            text: 'Dari mana Anda tahu pelatihan ini?',
            options: [
              { id: 'web', label: 'Situs web' },
              { id: 'teman', label: 'Teman' },
            ],
            allowOther: true,
          },
          { id: 'q3', kind: 'number', text: 'Berapa tahun Anda bekerja?', min: 0, max: 50, integer: true },
          {
            id: 'q4',
            kind: 'long-text',
            text: 'Saran',
            required: false,
            showWhen: { questionId: 'q1', equals: '1' },
          },
        ],
      },
      {
        id: 'nara',
        title: 'Narasumber',
        perSpeaker: true,
        questions: [
          {
            id: 'm1',
            kind: 'matrix',
            text: 'Nilai narasumber',
            rows: [
              { id: 'kuasa', label: 'Penguasaan materi' },
              { id: 'waktu', label: 'Ketepatan waktu' },
            ],
            scale,
          },
        ],
      },
    ],
  }) as SurveyDefinition;

/** A copy of the base definition changed by `edit`. */
function edited(edit: (definition: SurveyDefinition) => void): SurveyDefinition {
  const copy = structuredClone(base());
  edit(copy);
  return copy;
}

describe('structureChange', () => {
  it('accepts changes of wording only', () => {
    const reworded = edited((d) => {
      d.sections[0].title = 'Penilaian umum';
      d.sections[0].intro = null;
      d.sections[0].questions[0].text = 'Materi pelatihan mudah dipahami';
      d.sections[0].questions[0].help = 'Pilih satu.';
      const q1 = d.sections[0].questions[0];
      if (q1.kind === 'likert') q1.scale.labels = ['Sangat kurang', 'Kurang', 'Baik', 'Sangat baik'];
      const q2 = d.sections[0].questions[1];
      if (q2.kind === 'single-choice') q2.options[0].label = 'Laman perpustakaan';
      const m1 = d.sections[1].questions[0];
      if (m1.kind === 'matrix') m1.rows[1].label = 'Disiplin waktu';
    });
    expect(structureChange(base(), reworded)).toBeNull();
  });

  it('reads a condition whatever the order of its keys (jsonb keeps its own)', () => {
    const stored = edited((d) => (d.sections[0].questions[3].showWhen = { equals: '1', questionId: 'q1' }));
    expect(structureChange(stored, base())).toBeNull();
  });

  const questionText = (index: number) => base().sections[0].questions[index].text;
  it.each([
    ['kind', 0, (d: SurveyDefinition) => Object.assign(d.sections[0].questions[0], { kind: 'rating' })],
    ['required flag', 0, (d: SurveyDefinition) => (d.sections[0].questions[0].required = false)],
    [
      'condition',
      3,
      (d: SurveyDefinition) => (d.sections[0].questions[3].showWhen = { questionId: 'q1', equals: '2' }),
    ],
    ['scale points', 0, (d: SurveyDefinition) => Object.assign(d.sections[0].questions[0], { scale: { points: 5 } })],
    ['IKM element', 0, (d: SurveyDefinition) => Object.assign(d.sections[0].questions[0], { ikmElement: 'U1' })],
    ['option ids', 1, (d: SurveyDefinition) => Object.assign(d.sections[0].questions[1], { options: [{ id: 'x' }] })],
    ['"Lainnya"', 1, (d: SurveyDefinition) => Object.assign(d.sections[0].questions[1], { allowOther: false })],
    ['largest number', 2, (d: SurveyDefinition) => Object.assign(d.sections[0].questions[2], { max: 60 })],
    ['whole-number rule', 2, (d: SurveyDefinition) => Object.assign(d.sections[0].questions[2], { integer: false })],
  ])('names the question when its %s changes', (_what, index, edit) => {
    expect(structureChange(base(), edited(edit))).toEqual({ what: 'changed', questionText: questionText(index) });
  });

  it('names a matrix whose rows changed order', () => {
    const after = edited((d) => {
      const m1 = d.sections[1].questions[0];
      if (m1.kind === 'matrix') m1.rows.reverse();
    });
    expect(structureChange(base(), after)).toEqual({ what: 'changed', questionText: 'Nilai narasumber' });
  });

  it('names a question removed, added or moved', () => {
    expect(
      structureChange(
        base(),
        edited((d) => d.sections[0].questions.splice(2, 1)),
      ),
    ).toEqual({
      what: 'changed',
      questionText: 'Berapa tahun Anda bekerja?',
    });
    expect(
      structureChange(
        base(),
        edited((d) => d.sections[0].questions.pop()),
      ),
    ).toEqual({
      what: 'removed',
      questionText: 'Saran',
    });
    const added = edited((d) =>
      d.sections[0].questions.splice(1, 0, { ...d.sections[0].questions[0], id: 'baru', text: 'Baru' }),
    );
    expect(structureChange(base(), added)).toEqual({ what: 'added', questionText: 'Baru' });
    const moved = edited((d) => d.sections[0].questions.reverse());
    expect(structureChange(base(), moved)).toEqual({ what: 'changed', questionText: 'Materi mudah dipahami' });
  });

  it('names a section added, removed, reordered or turned per speaker', () => {
    expect(
      structureChange(
        base(),
        edited((d) => d.sections.pop()),
      ),
    ).toEqual({
      what: 'section',
      sectionTitle: 'Narasumber',
    });
    expect(
      structureChange(
        base(),
        edited((d) => d.sections.reverse()),
      ),
    ).toEqual({
      what: 'section',
      sectionTitle: 'Umum',
    });
    expect(
      structureChange(
        base(),
        edited((d) => (d.sections[0].perSpeaker = true)),
      ),
    ).toEqual({
      what: 'section',
      sectionTitle: 'Umum',
    });
    const extra = edited((d) => d.sections.push({ ...d.sections[1], id: 'lain', title: 'Lain-lain' }));
    expect(structureChange(base(), extra)).toEqual({ what: 'section', sectionTitle: 'Lain-lain' });
  });
});
