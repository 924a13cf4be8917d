import {
  SURVEY_OTHER_OPTION,
  type SurveyQuestion,
  type SurveySection,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { formatDate } from '@bina-pustaka/shared-util';

/** The words results and exports use for a survey's questions, from its definition. */

/** One question's answers, for one speaker (per-speaker blocks) and one matrix row. */
export const blockKey = (questionId: string, speakerId: string | null, rowId = '') =>
  `${questionId}|${speakerId ?? ''}|${rowId}`;

/** The points of a scale question, lowest first, with their words (rating: the numbers 1..10). */
export function pointLabels(question: SurveyQuestion): { key: string; label: string }[] {
  if (question.kind === 'likert' || question.kind === 'matrix') {
    return question.scale.labels.map((label, index) => ({ key: String(index + 1), label }));
  }
  if (question.kind === 'rating')
    return Array.from({ length: 10 }, (_, index) => ({ key: String(index + 1), label: String(index + 1) }));
  return [];
}

export function choiceLabel(question: SurveyQuestion, optionId: string): string {
  if (optionId === SURVEY_OTHER_OPTION) return 'Lainnya';
  const options = 'options' in question ? question.options : [];
  return options.find((option) => option.id === optionId)?.label ?? optionId;
}

/** "25 November 2026" for a stored YYYY-MM-DD. */
export const dateLabel = (day: string) => formatDate(`${day}T12:00:00+07:00`);

/**
 * The blocks a section is read in: one (no speaker) for an ordinary section; for a
 * per-speaker section, one per speaker someone answered about in it, in name order.
 */
export function speakerBlocks(
  section: SurveySection,
  speakers: readonly UserRef[],
  answered: ReadonlySet<string>,
): (UserRef | null)[] {
  if (!section.perSpeaker) return [null];
  return speakers.filter((speaker) =>
    section.questions.some((question) => answered.has(blockKey(question.id, speaker.id))),
  );
}
