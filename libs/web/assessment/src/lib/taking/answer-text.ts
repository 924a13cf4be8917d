import type { AnswerValue, LearnerQuestionBody } from '@bina-pustaka/shared-contracts';

/** "04:59", or "1:04:59" past an hour. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** Whether an answer says anything (an empty text or list counts as no answer). */
export function isAnswered(value: AnswerValue | null | undefined): boolean {
  if (!value) return false;
  switch (value.type) {
    case 'single-choice':
      return !!value.optionId;
    case 'multiple-response':
      return value.optionIds.length > 0;
    case 'short-answer':
    case 'essay':
      return value.text.trim() !== '';
    case 'matching':
      return Object.keys(value.matches).length > 0;
    case 'ordering':
      return value.order.length > 0;
    default:
      return true;
  }
}

/**
 * An answer as lines of text for the review, using the question's own option texts.
 * `yesNo` words a true/false value in the reader's language.
 */
export function answerLines(
  body: LearnerQuestionBody,
  value: AnswerValue | null | undefined,
  yesNo: (value: boolean) => string,
): string[] {
  if (!value) return [];
  const textOf = (list: { id: string; text: string }[], id: string) => list.find((item) => item.id === id)?.text ?? id;
  switch (value.type) {
    case 'single-choice':
      return body.type === 'single-choice' || body.type === 'multiple-response'
        ? [textOf(body.options, value.optionId)]
        : [];
    case 'multiple-response':
      return body.type === 'single-choice' || body.type === 'multiple-response'
        ? value.optionIds.map((id) => textOf(body.options, id))
        : [];
    case 'true-false':
      return [yesNo(value.value)];
    case 'short-answer':
    case 'essay':
      return [value.text];
    case 'numeric':
      return [String(value.value)];
    case 'matching':
      return body.type === 'matching'
        ? body.prompts.map(
            (prompt) => `${prompt.text} → ${textOf(body.choices, value.matches[prompt.id] ?? '') || '—'}`,
          )
        : [];
    case 'ordering':
      return body.type === 'ordering' ? value.order.map((id, index) => `${index + 1}. ${textOf(body.items, id)}`) : [];
  }
}
