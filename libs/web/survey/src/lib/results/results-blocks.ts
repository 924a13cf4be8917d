import type { SurveyQuestionResult, SurveyResults, UserRef } from '@bina-pustaka/shared-contracts';

/** One question as the page shows it: the first group's figures and, when comparing, the second's. */
export interface QuestionPair {
  key: string;
  text: string;
  a: SurveyQuestionResult | null;
  b: SurveyQuestionResult | null;
}

/** A section's questions, or a per-speaker section's block for one speaker. */
export interface ResultsBlock {
  key: string;
  sectionTitle: string;
  speaker: UserRef | null;
  questions: QuestionPair[];
}

const questionKey = (question: SurveyQuestionResult) => `${question.questionId}|${question.speaker?.id ?? ''}`;

/**
 * Puts the two groups' answers side by side, question by question, and gathers a
 * per-speaker section's questions under each speaker's name. The api lists questions in the
 * survey's order (a speaker's block together); a question only the second group answered
 * (a speaker the first group did not hear) comes after the first group's.
 */
export function resultsBlocks(a: SurveyResults | null, b: SurveyResults | null): ResultsBlock[] {
  const pairs = new Map<string, QuestionPair & { from: SurveyQuestionResult }>();
  for (const [side, results] of [
    ['a', a],
    ['b', b],
  ] as const) {
    for (const question of results?.questions ?? []) {
      const key = questionKey(question);
      const pair = pairs.get(key) ?? { key, text: question.text, a: null, b: null, from: question };
      pair[side] = question;
      pairs.set(key, pair);
    }
  }
  const blocks = new Map<string, ResultsBlock>();
  for (const { from, ...pair } of pairs.values()) {
    const key = `${from.sectionTitle}|${from.speaker?.id ?? ''}`;
    const block = blocks.get(key) ?? { key, sectionTitle: from.sectionTitle, speaker: from.speaker, questions: [] };
    block.questions.push(pair);
    blocks.set(key, block);
  }
  return [...blocks.values()];
}
