import { AppError } from '@bina-pustaka/api-platform';
import type { EventQuestion } from '@bina-pustaka/shared-contracts';

/**
 * A guest's answers against the organiser's questions: every required one answered, a
 * choice one of its options, nothing for a question the event does not ask. Answers come
 * back keyed by question in the questions' order, empty ones left out.
 */
export function checkAnswers(questions: EventQuestion[], answers: Record<string, string>): Record<string, string> {
  const asked = new Set(questions.map((question) => question.id));
  if (Object.keys(answers).some((id) => !asked.has(id))) throw new AppError(400, 'eventRegistration.unknownQuestion');
  const checked: Record<string, string> = {};
  for (const question of questions) {
    const answer = answers[question.id]?.trim() ?? '';
    if (answer === '') {
      if (question.required) throw new AppError(400, 'eventRegistration.answerRequired', { label: question.label });
      continue;
    }
    if (question.kind === 'single-choice' && !question.options.includes(answer)) {
      throw new AppError(400, 'eventRegistration.answerOption', { label: question.label });
    }
    checked[question.id] = answer;
  }
  return checked;
}
