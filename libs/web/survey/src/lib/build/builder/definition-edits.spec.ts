import type { SurveyDefinition, SurveyQuestion } from '@bina-pustaka/shared-contracts';
import { emptyWordPaths, moved, nextKey, questionsBefore, withoutBrokenConditions } from './definition-edits';
import { newQuestion } from './question-presets';

const question = (id: string, changes: Partial<SurveyQuestion> = {}): SurveyQuestion =>
  ({ ...newQuestion('rating', id), text: `Pertanyaan ${id}`, ...changes }) as SurveyQuestion;

describe('definition edits', () => {
  it('makes the next free key, past keys taken from templates', () => {
    expect(nextKey('q', [])).toBe('q1');
    expect(nextKey('q', ['q1', 'u3', 'q7', 'ya'])).toBe('q8');
    expect(nextKey('o', ['o1', 'o2', 'lainnya'])).toBe('o3');
  });

  it('moves an item one place and leaves the ends as they are', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('drops a condition that would name a later or missing question, keeps the others', () => {
    const definition: SurveyDefinition = {
      sections: [
        {
          id: 's1',
          title: 'A',
          intro: null,
          perSpeaker: false,
          questions: [
            question('q2', { showWhen: { questionId: 'q1', equals: '4' } }),
            question('q1'),
            question('q3', { showWhen: { questionId: 'q1', equals: '5' } }),
          ],
        },
      ],
    };
    const kept = withoutBrokenConditions(definition).sections[0].questions;
    expect(kept.map((each) => each.showWhen)).toEqual([null, null, { questionId: 'q1', equals: '5' }]);
    expect(questionsBefore(definition, 0, 2).map((each) => each.id)).toEqual(['q2', 'q1']);
  });

  it('names the empty words by the paths the api uses', () => {
    const definition: SurveyDefinition = {
      sections: [
        {
          id: 's1',
          title: ' ',
          intro: null,
          perSpeaker: false,
          questions: [
            { ...newQuestion('single-choice', 'q1'), text: 'Dari mana Anda tahu?' },
            newQuestion('likert', 'q2'),
          ],
        },
      ],
    };
    expect(emptyWordPaths(definition)).toEqual([
      'definition.sections.0.title',
      'definition.sections.0.questions.0.options.0.label',
      'definition.sections.0.questions.0.options.1.label',
      'definition.sections.0.questions.1.text',
    ]);
  });
});
