import type { AnswerValue, QuestionBody } from '@bina-pustaka/shared-contracts';

/** The share of a question's points an answer earns (0..1), or null when a person must grade it. */
export type Mark = number | null;

/** Case, surrounding and repeated spaces do not matter for short answers. */
export const normaliseShortAnswer = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));

/**
 * Marks one answer against its question. An answer of another type than the question
 * (the question was changed since) earns nothing. Pure: the same input gives the same mark.
 */
export function mark(body: QuestionBody, answer: AnswerValue | null): Mark {
  if (body.type === 'essay') return null;
  if (!answer || answer.type !== body.type) return 0;
  switch (body.type) {
    case 'single-choice': {
      const chosen = (answer as Extract<AnswerValue, { type: 'single-choice' }>).optionId;
      return body.options.some((option) => option.correct && option.id === chosen) ? 1 : 0;
    }
    case 'multiple-response': {
      const chosen = new Set((answer as Extract<AnswerValue, { type: 'multiple-response' }>).optionIds);
      const correct = body.options.filter((option) => option.correct).map((option) => option.id);
      if (!body.partialCredit) return sameSet([...chosen], correct) ? 1 : 0;
      // Each right choice earns a share, each wrong one takes a share back; never below zero.
      const wrongCount = body.options.length - correct.length;
      const right = correct.filter((id) => chosen.has(id)).length;
      const wrong = [...chosen].filter((id) => !correct.includes(id)).length;
      const earned = right / correct.length - (wrongCount > 0 ? wrong / wrongCount : 0);
      return Math.max(0, Math.round(earned * 10_000) / 10_000);
    }
    case 'true-false':
      return (answer as Extract<AnswerValue, { type: 'true-false' }>).value === body.answer ? 1 : 0;
    case 'short-answer': {
      const given = normaliseShortAnswer((answer as Extract<AnswerValue, { type: 'short-answer' }>).text);
      return body.acceptedAnswers.some((accepted) => normaliseShortAnswer(accepted) === given) ? 1 : 0;
    }
    case 'numeric': {
      const value = (answer as Extract<AnswerValue, { type: 'numeric' }>).value;
      // A tiny epsilon so that 0.1 + 0.2 style rounding does not fail an answer on the edge.
      return Math.abs(value - body.answer) <= body.tolerance + 1e-9 ? 1 : 0;
    }
    case 'matching': {
      const matches = (answer as Extract<AnswerValue, { type: 'matching' }>).matches;
      return body.pairs.every((pair) => matches[pair.id] === pair.rightId) ? 1 : 0;
    }
    case 'ordering': {
      const order = (answer as Extract<AnswerValue, { type: 'ordering' }>).order;
      return order.length === body.items.length && body.items.every((item, index) => order[index] === item.id) ? 1 : 0;
    }
  }
}

/** The key as an answer, for reviews that show the correct answer. */
export function correctAnswer(body: QuestionBody): AnswerValue | null {
  switch (body.type) {
    case 'single-choice':
      return { type: body.type, optionId: body.options.find((option) => option.correct)?.id ?? '' };
    case 'multiple-response':
      return { type: body.type, optionIds: body.options.filter((option) => option.correct).map((option) => option.id) };
    case 'true-false':
      return { type: body.type, value: body.answer };
    case 'short-answer':
      return { type: body.type, text: body.acceptedAnswers[0] };
    case 'numeric':
      return { type: body.type, value: body.answer };
    case 'matching':
      return { type: body.type, matches: Object.fromEntries(body.pairs.map((pair) => [pair.id, pair.rightId])) };
    case 'ordering':
      return { type: body.type, order: body.items.map((item) => item.id) };
    case 'essay':
      return null;
  }
}

/** The score of a quiz from its attempts' scores, by the quiz's grading method. */
export function quizScore(method: 'highest' | 'last' | 'average', scoresInOrder: number[]): number | null {
  if (scoresInOrder.length === 0) return null;
  if (method === 'last') return scoresInOrder[scoresInOrder.length - 1];
  if (method === 'highest') return Math.max(...scoresInOrder);
  return Math.round((scoresInOrder.reduce((sum, score) => sum + score, 0) / scoresInOrder.length) * 100) / 100;
}
