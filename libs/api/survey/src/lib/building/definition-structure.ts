import type { SurveyDefinition, SurveyQuestion, SurveySection } from '@bina-pustaka/shared-contracts';

/**
 * The first change of a definition that is more than wording: what a survey with responses
 * may not get, since its answers would no longer mean the same. `removed` and `changed`
 * name the question as it was, `added` the new one, `section` the section (as it was, or
 * the new one when added).
 */
export type StructureChange =
  | { what: 'changed' | 'removed' | 'added'; questionText: string }
  | { what: 'section'; sectionTitle: string };

/** What of a question its answers depend on; texts, help and labels are left out. */
function questionShape(question: SurveyQuestion): string {
  // The condition field by field: jsonb gives an object's keys back in its own order.
  const condition = question.showWhen && [question.showWhen.questionId, question.showWhen.equals];
  const shape: unknown[] = [question.id, question.kind, question.required, condition];
  switch (question.kind) {
    case 'likert':
      shape.push(question.scale.points, question.ikmElement);
      break;
    case 'matrix':
      shape.push(
        question.scale.points,
        question.rows.map((row) => row.id),
      );
      break;
    case 'single-choice':
    case 'multiple-choice':
      shape.push(
        question.options.map((option) => option.id),
        question.allowOther,
      );
      break;
    case 'number':
      shape.push(question.min, question.max, question.integer);
      break;
  }
  return JSON.stringify(shape);
}

const sectionShape = (section: SurveySection) => JSON.stringify([section.id, section.perSpeaker]);

/**
 * Null when `after` differs from `before` only in wording (section titles and intros,
 * question texts and help, option, row and scale labels); else the first change, in the
 * order a respondent reads the survey.
 */
export function structureChange(before: SurveyDefinition, after: SurveyDefinition): StructureChange | null {
  const beforeIds = new Set(before.sections.flatMap((section) => section.questions.map((question) => question.id)));
  const sections = Math.max(before.sections.length, after.sections.length);
  for (let s = 0; s < sections; s += 1) {
    const old = before.sections[s];
    const now = after.sections[s];
    if (!old || !now || sectionShape(old) !== sectionShape(now)) {
      return { what: 'section', sectionTitle: (old ?? now).title };
    }
    const questions = Math.max(old.questions.length, now.questions.length);
    for (let q = 0; q < questions; q += 1) {
      const was = old.questions[q];
      const is = now.questions[q];
      if (is && !beforeIds.has(is.id)) return { what: 'added', questionText: is.text };
      if (!is) return { what: 'removed', questionText: was.text };
      // Moved here from another place of the survey.
      if (!was) return { what: 'changed', questionText: is.text };
      if (questionShape(was) !== questionShape(is)) return { what: 'changed', questionText: was.text };
    }
  }
  return null;
}
