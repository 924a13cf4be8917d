import type { SurveyAnswerInput, SurveyDefinition, SurveyQuestion } from '@bina-pustaka/shared-contracts';
import { checkAnswers, type AnswerProblemCode } from './answer-validation';
import { expandSections } from './form-sections';

const base = { help: null, required: true, showWhen: null };
const scale4 = { points: 4 as const, labels: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'] };

const questions: SurveyQuestion[] = [
  { ...base, id: 'q1', kind: 'likert', text: 'Kemudahan pendaftaran', scale: scale4, ikmElement: 'U2' },
  { ...base, id: 'q2', kind: 'rating', text: 'Nilai keseluruhan' },
  {
    ...base,
    id: 'q3',
    kind: 'single-choice',
    text: 'Dari mana Anda tahu pelatihan ini?',
    options: [
      { id: 'web', label: 'Situs web' },
      { id: 'teman', label: 'Teman' },
    ],
    allowOther: true,
  },
  {
    ...base,
    id: 'q4',
    kind: 'multiple-choice',
    text: 'Materi yang paling berguna',
    required: false,
    options: [
      { id: 'rda', label: 'RDA' },
      { id: 'marc', label: 'MARC' },
    ],
    allowOther: false,
  },
  {
    ...base,
    id: 'q5',
    kind: 'matrix',
    text: 'Sarana',
    rows: [
      { id: 'ruang', label: 'Ruang' },
      { id: 'wifi', label: 'Wi-Fi' },
    ],
    scale: scale4,
  },
  { ...base, id: 'q6', kind: 'short-text', text: 'Satu kata untuk pelatihan ini', required: false },
  { ...base, id: 'q7', kind: 'long-text', text: 'Saran Anda', required: false },
  { ...base, id: 'q8', kind: 'number', text: 'Lama bekerja (tahun)', min: 0, max: 40, integer: true },
  { ...base, id: 'q9', kind: 'date', text: 'Tanggal kunjungan', required: false },
  {
    ...base,
    id: 'q10',
    kind: 'long-text',
    text: 'Apa yang kurang dari pendaftaran?',
    showWhen: { questionId: 'q1', equals: '1' },
  },
];

const definition: SurveyDefinition = {
  sections: [
    { id: 'umum', title: 'Umum', intro: null, perSpeaker: false, questions },
    {
      id: 'narasumber',
      title: 'Narasumber',
      intro: null,
      perSpeaker: true,
      questions: [
        { ...base, id: 'n1', kind: 'likert', text: 'Penguasaan materi', scale: scale4, ikmElement: null },
        {
          ...base,
          id: 'n2',
          kind: 'short-text',
          text: 'Apa yang perlu diperbaiki?',
          showWhen: { questionId: 'n1', equals: '1' },
        },
      ],
    },
  ],
};

const ani = { id: '11111111-1111-4111-8111-111111111111', fullName: 'Ani Rahmawati' };
const joko = { id: '22222222-2222-4222-8222-222222222222', fullName: 'Joko Widodo' };
const sections = expandSections(definition, [ani, joko]);

const complete: SurveyAnswerInput[] = [
  { questionId: 'q1', number: 4 },
  { questionId: 'q2', number: 9 },
  { questionId: 'q3', choices: ['web'] },
  { questionId: 'q5', rows: { ruang: 3, wifi: 2 } },
  { questionId: 'q8', number: 12 },
  { questionId: 'n1', speakerId: ani.id, number: 4 },
  { questionId: 'n1', speakerId: joko.id, number: 3 },
];

function refusal(answers: SurveyAnswerInput[]): { code: AnswerProblemCode; question: string } | null {
  const check = checkAnswers(sections, answers);
  return check.ok ? null : { code: check.problem.code, question: check.problem.question };
}

const replace = (questionId: string, answer: Partial<SurveyAnswerInput> | null, speakerId?: string) => [
  ...complete.filter((a) => !(a.questionId === questionId && a.speakerId === speakerId)),
  ...(answer ? [{ questionId, ...(speakerId ? { speakerId } : {}), ...answer }] : []),
];

describe('expandSections', () => {
  it('asks a per-speaker section once per speaker and drops it without speakers', () => {
    expect(sections.map((s) => [s.id, s.speaker?.fullName ?? null])).toEqual([
      ['umum', null],
      ['narasumber', 'Ani Rahmawati'],
      ['narasumber', 'Joko Widodo'],
    ]);
    expect(expandSections(definition, []).map((s) => s.id)).toEqual(['umum']);
  });
});

describe('checkAnswers', () => {
  it('turns a complete set into one row per answer, one per matrix row, the speaker kept', () => {
    const check = checkAnswers(sections, [
      ...complete,
      { questionId: 'q4', choices: ['rda', 'marc'] },
      { questionId: 'q6', text: '  Bermanfaat  ' },
      { questionId: 'q9', date: '2026-02-28' },
    ]);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const brief = check.rows.map((r) => [r.questionId, r.speakerId, r.rowId, r.number, r.choices, r.text, r.date]);
    expect(brief).toEqual([
      ['q1', null, '', 4, null, null, null],
      ['q2', null, '', 9, null, null, null],
      ['q3', null, '', null, ['web'], null, null],
      ['q4', null, '', null, ['rda', 'marc'], null, null],
      ['q5', null, 'ruang', 3, null, null, null],
      ['q5', null, 'wifi', 2, null, null, null],
      ['q6', null, '', null, null, 'Bermanfaat', null],
      ['q8', null, '', 12, null, null, null],
      ['q9', null, '', null, null, null, '2026-02-28'],
      ['n1', ani.id, '', 4, null, null, null],
      ['n1', joko.id, '', 3, null, null, null],
    ]);
  });

  it('keeps the "Lainnya" text with its choice', () => {
    const check = checkAnswers(sections, replace('q3', { choices: ['lainnya'], text: ' Spanduk ' }));
    expect(check.ok && check.rows.find((r) => r.questionId === 'q3')).toMatchObject({
      choices: ['lainnya'],
      text: 'Spanduk',
    });
  });

  it.each<[string, SurveyAnswerInput[], AnswerProblemCode, string]>([
    ['an unknown question', [...complete, { questionId: 'q99', number: 1 }], 'survey.answerUnknownQuestion', 'q99'],
    [
      'a question answered twice',
      [...complete, { questionId: 'q2', number: 8 }],
      'survey.answerTwice',
      'Nilai keseluruhan',
    ],
    [
      'a number for a choice',
      replace('q3', { number: 1 }),
      'survey.answerWrongType',
      'Dari mana Anda tahu pelatihan ini?',
    ],
    ['a text for a likert', replace('q1', { text: 'baik' }), 'survey.answerWrongType', 'Kemudahan pendaftaran'],
    [
      'a likert point above the scale',
      replace('q1', { number: 5 }),
      'survey.answerOutOfRange',
      'Kemudahan pendaftaran',
    ],
    ['a likert point of 0', replace('q1', { number: 0 }), 'survey.answerOutOfRange', 'Kemudahan pendaftaran'],
    ['a fractional likert point', replace('q1', { number: 2.5 }), 'survey.answerOutOfRange', 'Kemudahan pendaftaran'],
    ['a rating of 11', replace('q2', { number: 11 }), 'survey.answerOutOfRange', 'Nilai keseluruhan'],
    ['a number below its minimum', replace('q8', { number: -1 }), 'survey.answerOutOfRange', 'Lama bekerja (tahun)'],
    ['a number above its maximum', replace('q8', { number: 41 }), 'survey.answerOutOfRange', 'Lama bekerja (tahun)'],
    [
      'a fraction for a whole number',
      replace('q8', { number: 2.5 }),
      'survey.answerOutOfRange',
      'Lama bekerja (tahun)',
    ],
    [
      'a choice not offered',
      replace('q3', { choices: ['koran'] }),
      'survey.answerChoiceNotOffered',
      'Dari mana Anda tahu pelatihan ini?',
    ],
    [
      'two choices for a single choice',
      replace('q3', { choices: ['web', 'teman'] }),
      'survey.answerOneChoice',
      'Dari mana Anda tahu pelatihan ini?',
    ],
    [
      'a choice twice',
      [...complete, { questionId: 'q4', choices: ['rda', 'rda'] }],
      'survey.answerChoiceTwice',
      'Materi yang paling berguna',
    ],
    [
      '"Lainnya" where it is not offered',
      [...complete, { questionId: 'q4', choices: ['lainnya'], text: 'x' }],
      'survey.answerChoiceNotOffered',
      'Materi yang paling berguna',
    ],
    [
      '"Lainnya" without its text',
      replace('q3', { choices: ['lainnya'], text: '  ' }),
      'survey.answerOtherText',
      'Dari mana Anda tahu pelatihan ini?',
    ],
    [
      '"Lainnya" text too long',
      replace('q3', { choices: ['lainnya'], text: 'a'.repeat(301) }),
      'survey.answerTooLong',
      'Dari mana Anda tahu pelatihan ini?',
    ],
    [
      'a text without "Lainnya"',
      replace('q3', { choices: ['web'], text: 'juga teman' }),
      'survey.answerWrongType',
      'Dari mana Anda tahu pelatihan ini?',
    ],
    [
      'an unknown matrix row',
      replace('q5', { rows: { ruang: 3, wifi: 2, parkir: 1 } }),
      'survey.answerRowUnknown',
      'Sarana',
    ],
    [
      'a matrix point off the scale',
      replace('q5', { rows: { ruang: 3, wifi: 5 } }),
      'survey.answerOutOfRange',
      'Sarana',
    ],
    [
      'a short text over 300',
      [...complete, { questionId: 'q6', text: 'a'.repeat(301) }],
      'survey.answerTooLong',
      'Satu kata untuk pelatihan ini',
    ],
    [
      'an impossible date',
      [...complete, { questionId: 'q9', date: '2026-02-30' }],
      'survey.answerDateInvalid',
      'Tanggal kunjungan',
    ],
    ['a required question left out', replace('q2', null), 'survey.answerRequired', 'Nilai keseluruhan'],
    [
      'a required text left blank',
      replace('q1', { number: 1 }),
      'survey.answerRequired',
      'Apa yang kurang dari pendaftaran?',
    ],
    ['a required matrix half answered', replace('q5', { rows: { ruang: 3 } }), 'survey.answerRequired', 'Sarana'],
    [
      'a required single choice with none',
      replace('q3', { choices: [] }),
      'survey.answerRequired',
      'Dari mana Anda tahu pelatihan ini?',
    ],
    [
      'a hidden question answered',
      [...complete, { questionId: 'q10', text: 'Antre' }],
      'survey.answerHidden',
      'Apa yang kurang dari pendaftaran?',
    ],
    [
      'a speaker block left out',
      replace('n1', null, joko.id),
      'survey.answerRequired',
      'Penguasaan materi (Joko Widodo)',
    ],
    [
      'a speaker not of the context',
      [...complete, { questionId: 'n1', speakerId: '33333333-3333-4333-8333-333333333333', number: 4 }],
      'survey.answerSpeakerUnknown',
      'Penguasaan materi',
    ],
    [
      'a per-speaker answer without a speaker',
      [...complete, { questionId: 'n1', number: 4 }],
      'survey.answerSpeakerUnknown',
      'Penguasaan materi',
    ],
    [
      'a speaker on a general question',
      replace('q2', { number: 9 }, ani.id),
      'survey.answerSpeakerNotAsked',
      'Nilai keseluruhan',
    ],
  ])('refuses %s, naming the question', (_, answers, code, question) => {
    expect(refusal(answers)).toEqual({ code, question });
  });

  it('asks a conditional question only when its condition holds, per speaker', () => {
    expect(refusal(replace('q1', { number: 1 }).concat({ questionId: 'q10', text: 'Antre lama' }))).toBeNull();
    const lowForAni = replace('n1', { number: 1 }, ani.id);
    expect(refusal(lowForAni)).toEqual({
      code: 'survey.answerRequired',
      question: 'Apa yang perlu diperbaiki? (Ani Rahmawati)',
    });
    expect(refusal([...lowForAni, { questionId: 'n2', speakerId: ani.id, text: 'Contoh' }])).toBeNull();
    expect(
      refusal([
        ...lowForAni,
        { questionId: 'n2', speakerId: ani.id, text: 'Contoh' },
        { questionId: 'n2', speakerId: joko.id, text: 'x' },
      ]),
    ).toEqual({
      code: 'survey.answerHidden',
      question: 'Apa yang perlu diperbaiki? (Joko Widodo)',
    });
  });

  it('treats blank texts, empty choices and empty rows of optional questions as unanswered', () => {
    const check = checkAnswers(sections, [
      ...complete,
      { questionId: 'q4', choices: [] },
      { questionId: 'q6', text: '   ' },
      { questionId: 'q7', text: '' },
    ]);
    expect(check.ok && check.rows.map((r) => r.questionId)).not.toContain('q6');
    expect(check.ok && check.rows.map((r) => r.questionId)).not.toContain('q4');
  });

  it('without speakers, a per-speaker question is not in the form', () => {
    const general = expandSections(definition, []);
    const answers = complete.filter((a) => !a.speakerId);
    expect(checkAnswers(general, answers).ok).toBe(true);
    const check = checkAnswers(general, [...answers, { questionId: 'n1', speakerId: ani.id, number: 4 }]);
    expect(check.ok ? null : check.problem.code).toBe('survey.answerUnknownQuestion');
  });
});
