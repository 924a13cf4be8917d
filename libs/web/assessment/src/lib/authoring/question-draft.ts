import type { Question, QuestionType } from '@bina-pustaka/shared-contracts';
import type { QuestionBodyDraft, QuestionBodyInput } from '@bina-pustaka/web-data-access/assessment';

/** Everything the question form edits, for every type at once (switching type keeps what was typed). */
export interface QuestionDraft {
  type: QuestionType;
  categoryId: string;
  prompt: string;
  points: string;
  options: { id?: string; text: string; correct: boolean; feedback: string }[];
  partialCredit: boolean;
  trueFalse: boolean;
  acceptedAnswers: string;
  numericAnswer: string;
  tolerance: string;
  pairs: { id?: string; rightId?: string; left: string; right: string }[];
  items: { id?: string; text: string }[];
  rubric: string;
  feedbackCorrect: string;
  feedbackIncorrect: string;
  feedbackGeneral: string;
}

export function emptyDraft(type: QuestionType = 'single-choice', categoryId = ''): QuestionDraft {
  return {
    type,
    categoryId,
    prompt: '',
    points: '1',
    options: [
      { text: '', correct: true, feedback: '' },
      { text: '', correct: false, feedback: '' },
    ],
    partialCredit: false,
    trueFalse: true,
    acceptedAnswers: '',
    numericAnswer: '',
    tolerance: '0',
    pairs: [
      { left: '', right: '' },
      { left: '', right: '' },
    ],
    items: [{ text: '' }, { text: '' }],
    rubric: '',
    feedbackCorrect: '',
    feedbackIncorrect: '',
    feedbackGeneral: '',
  };
}

export function draftOf(question: Question): QuestionDraft {
  const draft = emptyDraft(question.body.type, question.categoryId ?? '');
  draft.prompt = question.prompt;
  draft.points = String(question.points);
  draft.feedbackCorrect = question.feedback.correct ?? '';
  draft.feedbackIncorrect = question.feedback.incorrect ?? '';
  draft.feedbackGeneral = question.feedback.general ?? '';
  const body = question.body;
  switch (body.type) {
    case 'single-choice':
    case 'multiple-response':
      draft.options = body.options.map((o) => ({
        id: o.id,
        text: o.text,
        correct: o.correct,
        feedback: o.feedback ?? '',
      }));
      if (body.type === 'multiple-response') draft.partialCredit = body.partialCredit;
      break;
    case 'true-false':
      draft.trueFalse = body.answer;
      break;
    case 'short-answer':
      draft.acceptedAnswers = body.acceptedAnswers.join('\n');
      break;
    case 'numeric':
      draft.numericAnswer = String(body.answer);
      draft.tolerance = String(body.tolerance);
      break;
    case 'matching':
      draft.pairs = body.pairs.map((p) => ({ id: p.id, rightId: p.rightId, left: p.left, right: p.right }));
      break;
    case 'ordering':
      draft.items = body.items.map((i) => ({ id: i.id, text: i.text }));
      break;
    case 'essay':
      draft.rubric = body.rubric ?? '';
      break;
  }
  return draft;
}

const number = (text: string) => Number(text.trim().replace(',', '.'));
const orNull = (text: string) => text.trim() || null;

/** The request body; the server checks it (and answers per field when something is wrong). */
export function requestOf(draft: QuestionDraft): QuestionBodyInput {
  return {
    categoryId: draft.categoryId || null,
    prompt: draft.prompt,
    points: number(draft.points),
    body: bodyOf(draft),
    feedback: {
      correct: orNull(draft.feedbackCorrect),
      incorrect: orNull(draft.feedbackIncorrect),
      general: orNull(draft.feedbackGeneral),
    },
  };
}

function bodyOf(draft: QuestionDraft): QuestionBodyDraft {
  const options = draft.options.map((o) => ({
    ...(o.id ? { id: o.id } : {}),
    text: o.text,
    correct: o.correct,
    feedback: orNull(o.feedback),
  }));
  switch (draft.type) {
    case 'single-choice':
      return { type: 'single-choice', options };
    case 'multiple-response':
      return { type: 'multiple-response', options, partialCredit: draft.partialCredit };
    case 'true-false':
      return { type: 'true-false', answer: draft.trueFalse };
    case 'short-answer':
      return {
        type: 'short-answer',
        acceptedAnswers: draft.acceptedAnswers
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
    case 'numeric':
      return { type: 'numeric', answer: number(draft.numericAnswer), tolerance: number(draft.tolerance || '0') };
    case 'matching':
      return {
        type: 'matching',
        pairs: draft.pairs.map((p) => ({
          ...(p.id ? { id: p.id } : {}),
          ...(p.rightId ? { rightId: p.rightId } : {}),
          left: p.left,
          right: p.right,
        })),
      };
    case 'ordering':
      return { type: 'ordering', items: draft.items.map((i) => ({ ...(i.id ? { id: i.id } : {}), text: i.text })) };
    case 'essay':
      return { type: 'essay', rubric: orNull(draft.rubric) };
  }
}
