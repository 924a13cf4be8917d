import type {
  AnswerReview,
  AnswerValue,
  LearnerQuestionBody,
  QuestionBody,
  ReviewPolicy,
} from '@bina-pustaka/shared-contracts';
import type { AttemptSlot } from '../entities/attempt.entity';
import type { QuestionEntity } from '../entities/question.entity';
import { correctAnswer } from '../shared/grading';

/** The ids whose display order an attempt fixes (options, right-hand sides or items). */
export function orderableIds(body: QuestionBody): string[] {
  switch (body.type) {
    case 'single-choice':
    case 'multiple-response':
      return body.options.map((option) => option.id);
    case 'matching':
      return body.pairs.map((pair) => pair.rightId);
    case 'ordering':
      return body.items.map((item) => item.id);
    default:
      return [];
  }
}

/** Follows the attempt's order; ids added to the question since go last. */
function inSlotOrder<T>(list: T[], idOf: (item: T) => string, order: string[]): T[] {
  const position = (item: T) => {
    const index = order.indexOf(idOf(item));
    return index === -1 ? order.length : index;
  };
  return [...list].sort((a, b) => position(a) - position(b));
}

/**
 * What a learner sees of a question while answering. Built field by field from an allow
 * list (never by removing fields from the stored body), so a key added later cannot leak.
 */
export function learnerBody(body: QuestionBody, slot: AttemptSlot): LearnerQuestionBody {
  switch (body.type) {
    case 'single-choice':
    case 'multiple-response':
      return {
        type: body.type,
        options: inSlotOrder(body.options, (o) => o.id, slot.order).map(({ id, text }) => ({ id, text })),
      };
    case 'matching':
      return {
        type: body.type,
        prompts: body.pairs.map((pair) => ({ id: pair.id, text: pair.left })),
        choices: inSlotOrder(body.pairs, (p) => p.rightId, slot.order).map((pair) => ({
          id: pair.rightId,
          text: pair.right,
        })),
      };
    case 'ordering':
      // Shown shuffled always: the stored order is the key.
      return {
        type: body.type,
        items: inSlotOrder(body.items, (i) => i.id, slot.order).map(({ id, text }) => ({ id, text })),
      };
    default:
      return { type: body.type };
  }
}

/** The review of one answer, holding only what the quiz's policy shows. */
export function answerReview(
  question: QuestionEntity,
  answer: { value: AnswerValue; mark: number | null; graderComment: string | null } | null,
  policy: ReviewPolicy,
): AnswerReview {
  const review: AnswerReview = {};
  const mark = answer ? answer.mark : 0;
  if (policy.correctness) review.correct = mark === null ? null : mark >= 1;
  if (policy.score) review.points = mark === null ? null : Math.round(mark * question.points * 100) / 100;
  if (policy.correctAnswers) review.correctAnswer = correctAnswer(question.body);
  if (policy.feedback) {
    const feedback: (string | null)[] = [];
    const body = question.body;
    if (answer && (body.type === 'single-choice' || body.type === 'multiple-response')) {
      const chosen =
        answer.value.type === 'single-choice'
          ? [answer.value.optionId]
          : answer.value.type === 'multiple-response'
            ? answer.value.optionIds
            : [];
      feedback.push(...body.options.filter((option) => chosen.includes(option.id)).map((option) => option.feedback));
    }
    if (mark !== null) feedback.push(mark >= 1 ? question.feedback.correct : question.feedback.incorrect);
    feedback.push(question.feedback.general, answer?.graderComment ?? null);
    review.feedback = feedback.filter((text): text is string => !!text);
  }
  return review;
}
