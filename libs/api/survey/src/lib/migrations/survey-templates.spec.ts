import { IKM_ELEMENTS, SURVEY_TEMPLATE_KEYS } from '@bina-pustaka/shared-contracts';
import { surveyDefinitionSchema } from '@bina-pustaka/shared-contracts/schemas';
import { SURVEY_TEMPLATES } from './survey-templates';

describe('the seeded survey templates', () => {
  it('are one per template key', () => {
    expect(SURVEY_TEMPLATES.map((template) => template.key)).toEqual([...SURVEY_TEMPLATE_KEYS]);
  });

  it.each(SURVEY_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s is a valid definition, stored as the schema would fill it in',
    (_key, template) => {
      const parsed = surveyDefinitionSchema.safeParse(template.definition);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(template.definition);
    },
  );

  it('the satisfaction survey asks each of the nine elements once, on the 4-point scale', () => {
    const skm = SURVEY_TEMPLATES.find((template) => template.key === 'survei-kepuasan');
    const questions = skm?.definition.sections.flatMap((section) => section.questions) ?? [];
    const elements = questions.flatMap((question) =>
      question.kind === 'likert' && question.ikmElement ? [[question.ikmElement, question.scale.points]] : [],
    );
    expect(elements).toEqual(IKM_ELEMENTS.map((element) => [element, 4]));
    expect(skm?.audience).toBe('public');
  });

  it('the speakers evaluation asks its questions once per speaker', () => {
    const speakers = SURVEY_TEMPLATES.find((template) => template.key === 'evaluasi-narasumber');
    expect(speakers?.definition.sections.map((section) => section.perSpeaker)).toEqual([true]);
  });
});
