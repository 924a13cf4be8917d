import type { SurveyDefinition, SurveyOption, SurveyQuestion, SurveySection } from '@bina-pustaka/shared-contracts';

/**
 * Pure edits of a survey's definition: each returns a new definition and leaves the old
 * one as it was, so the builder's signal changes (and OnPush views redraw) on every edit.
 */

/** The next free short key with this prefix (`q7` after `q1`..`q6`), never one already used. */
export function nextKey(prefix: string, used: readonly string[]): string {
  const taken = new Set(used);
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const id of used) highest = Math.max(highest, Number(pattern.exec(id)?.[1] ?? 0));
  let next = highest + 1;
  while (taken.has(`${prefix}${next}`)) next += 1;
  return `${prefix}${next}`;
}

export function allQuestions(definition: SurveyDefinition): SurveyQuestion[] {
  return definition.sections.flatMap((section) => section.questions);
}

/** Moves an item one place up (-1) or down (+1); the same list when it cannot move. */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function withSection(
  definition: SurveyDefinition,
  s: number,
  change: (section: SurveySection) => SurveySection,
): SurveyDefinition {
  return { sections: definition.sections.map((section, index) => (index === s ? change(section) : section)) };
}

export function withQuestion(
  definition: SurveyDefinition,
  s: number,
  q: number,
  change: (question: SurveyQuestion) => SurveyQuestion,
): SurveyDefinition {
  return withSection(definition, s, (section) => ({
    ...section,
    questions: section.questions.map((question, index) => (index === q ? change(question) : question)),
  }));
}

/**
 * Drops the conditions that no longer hold after a question was removed or moved: a
 * condition must name a question asked before it (the api refuses any other).
 */
export function withoutBrokenConditions(definition: SurveyDefinition): SurveyDefinition {
  const seen = new Set<string>();
  return {
    sections: definition.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => {
        const keep = !question.showWhen || seen.has(question.showWhen.questionId);
        seen.add(question.id);
        return keep ? question : { ...question, showWhen: null };
      }),
    })),
  };
}

/** The questions asked before question `q` of section `s`: those a condition may name. */
export function questionsBefore(definition: SurveyDefinition, s: number, q: number): SurveyQuestion[] {
  return [
    ...definition.sections.slice(0, s).flatMap((section) => section.questions),
    ...(definition.sections[s]?.questions.slice(0, q) ?? []),
  ];
}

/** A new option or row with the next free key of its list (`o3`, `r2`). */
export function withNewOption(options: readonly SurveyOption[], prefix: 'o' | 'r'): SurveyOption[] {
  return [
    ...options,
    {
      id: nextKey(
        prefix,
        options.map((option) => option.id),
      ),
      label: '',
    },
  ];
}

/**
 * The paths (as the api names them: `definition.sections.0.questions.2.text`) of the words
 * still empty, so the builder can point at them before sending.
 */
export function emptyWordPaths(definition: SurveyDefinition): string[] {
  const paths: string[] = [];
  definition.sections.forEach((section, s) => {
    const at = `definition.sections.${s}`;
    if (!section.title.trim()) paths.push(`${at}.title`);
    section.questions.forEach((question, q) => {
      const path = `${at}.questions.${q}`;
      if (!question.text.trim()) paths.push(`${path}.text`);
      const inner =
        'options' in question ? ['options', question.options] : 'rows' in question ? ['rows', question.rows] : null;
      (inner?.[1] as SurveyOption[] | undefined)?.forEach((option, o) => {
        if (!option.label.trim()) paths.push(`${path}.${inner?.[0]}.${o}.label`);
      });
      if ('scale' in question) {
        question.scale.labels.forEach((label, l) => {
          if (!label.trim()) paths.push(`${path}.scale.labels.${l}`);
        });
      }
    });
  });
  return paths;
}
