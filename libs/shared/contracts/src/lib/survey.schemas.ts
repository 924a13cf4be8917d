import { z } from 'zod';
import { isoDateTime, pageQuerySchema, uuidSchema } from './common.schemas';
import {
  IKM_ELEMENTS,
  SURVEY_AUDIENCES,
  SURVEY_KEY_PATTERN,
  SURVEY_LONG_ANSWER_MAX,
  SURVEY_OPTIONS_MAX,
  SURVEY_QUESTIONS_MAX,
  SURVEY_SECTIONS_MAX,
  SURVEY_STATUSES,
  SURVEY_TEXT_MAX,
  SURVEY_TITLE_MAX,
  type SurveyDefinition,
} from './survey.types';

const key = z.string().regex(SURVEY_KEY_PATTERN, { message: 'validation.surveyKey' });
const label = z.string().trim().min(1).max(300);
const shortText = z.string().trim().min(1).max(SURVEY_TEXT_MAX);
const optionalText = z.string().trim().max(SURVEY_TEXT_MAX).nullable().default(null);

const scale = z
  .strictObject({ points: z.union([z.literal(4), z.literal(5)]), labels: z.array(label) })
  .refine((s) => s.labels.length === s.points, { message: 'validation.surveyScaleLabels', path: ['labels'] });

const options = z
  .array(z.strictObject({ id: key, label }))
  .min(1)
  .max(SURVEY_OPTIONS_MAX);

/**
 * A number question's bound. Bounded (far beyond any count a survey asks) because the
 * OpenAPI document's converter (nestjs-zod) leaves a bare nullable number in 3.1 syntax.
 */
const numberBound = z.number().min(-1e12).max(1e12).nullable().default(null);

const base = {
  id: key,
  text: shortText,
  help: optionalText,
  required: z.boolean().default(true),
  showWhen: z
    .strictObject({ questionId: key, equals: z.string().trim().min(1).max(40) })
    .nullable()
    .default(null),
};

export const surveyQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('likert'),
    scale,
    ikmElement: z.enum(IKM_ELEMENTS).nullable().default(null),
  }),
  z.strictObject({ ...base, kind: z.literal('rating') }),
  z.strictObject({
    ...base,
    kind: z.enum(['single-choice', 'multiple-choice']),
    options,
    allowOther: z.boolean().default(false),
  }),
  z.strictObject({ ...base, kind: z.literal('matrix'), rows: options, scale }),
  z.strictObject({ ...base, kind: z.enum(['short-text', 'long-text']) }),
  z.strictObject({
    ...base,
    kind: z.literal('number'),
    min: numberBound,
    max: numberBound,
    integer: z.boolean().default(false),
  }),
  z.strictObject({ ...base, kind: z.literal('date') }),
]);

export const surveySectionSchema = z.strictObject({
  id: key,
  title: z.string().trim().min(1).max(SURVEY_TITLE_MAX),
  intro: optionalText,
  perSpeaker: z.boolean().default(false),
  questions: z.array(surveyQuestionSchema).max(SURVEY_QUESTIONS_MAX),
});

/**
 * A whole definition. Besides each part's shape: ids are unique (questions in the survey,
 * options and rows in their question), a condition names an earlier question of the same
 * or an earlier section, and the survey asks at least one question.
 */
export const surveyDefinitionSchema = z
  .strictObject({ sections: z.array(surveySectionSchema).min(1).max(SURVEY_SECTIONS_MAX) })
  .superRefine((definition, context) => checkDefinition(definition as SurveyDefinition, context));

function checkDefinition(definition: SurveyDefinition, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  const sectionIds = new Set<string>();
  let total = 0;
  definition.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      context.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: 'validation.surveyIdTwice' });
    }
    sectionIds.add(section.id);
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      total += 1;
      if (seen.has(question.id))
        context.addIssue({ code: 'custom', path: [...path, 'id'], message: 'validation.surveyIdTwice' });
      if (question.showWhen && !seen.has(question.showWhen.questionId)) {
        context.addIssue({ code: 'custom', path: [...path, 'showWhen'], message: 'validation.surveyConditionOrder' });
      }
      seen.add(question.id);
      const inner = 'options' in question ? question.options : 'rows' in question ? question.rows : [];
      if (new Set(inner.map((o) => o.id)).size !== inner.length) {
        context.addIssue({ code: 'custom', path, message: 'validation.surveyIdTwice' });
      }
      if (question.kind === 'number' && question.min !== null && question.max !== null && question.min > question.max) {
        context.addIssue({ code: 'custom', path: [...path, 'max'], message: 'validation.surveyRange' });
      }
    });
  });
  if (total === 0) context.addIssue({ code: 'custom', path: ['sections'], message: 'validation.surveyNoQuestions' });
  if (total > SURVEY_QUESTIONS_MAX)
    context.addIssue({ code: 'custom', path: ['sections'], message: 'validation.surveyTooManyQuestions' });
}

const settings = {
  title: z.string().trim().min(3).max(SURVEY_TITLE_MAX),
  description: z.string().trim().max(SURVEY_TEXT_MAX).default(''),
  anonymous: z.boolean(),
  opensAt: isoDateTime.nullable().default(null),
  closesAt: isoDateTime.nullable().default(null),
  responseLimit: z.number().int().min(1).max(1_000_000).nullable().default(null),
};

function windowInOrder(survey: { opensAt?: string | null; closesAt?: string | null }, context: z.RefinementCtx): void {
  if (survey.opensAt && survey.closesAt && Date.parse(survey.opensAt) >= Date.parse(survey.closesAt)) {
    context.addIssue({ code: 'custom', path: ['closesAt'], message: 'validation.surveyWindow' });
  }
}

/** A new survey: blank (a definition given) or a copy of a template or another survey (`fromSurveyId`). */
export const createSurveyRequestSchema = z
  .strictObject({
    ...settings,
    audience: z.enum(SURVEY_AUDIENCES),
    definition: surveyDefinitionSchema.optional(),
    fromSurveyId: uuidSchema.optional(),
  })
  .superRefine(windowInOrder)
  // Nobody signs in to a public survey: there is no name to record its answers with.
  .refine((survey) => survey.audience !== 'public' || survey.anonymous, {
    message: 'validation.surveyPublicNamed',
    path: ['anonymous'],
  })
  .refine((survey) => Boolean(survey.definition) !== Boolean(survey.fromSurveyId), {
    message: 'validation.surveyDefinitionOrCopy',
    path: ['definition'],
  });

/**
 * Changes. The definition is replaced whole; once the survey has responses the api accepts
 * only a definition that differs in wording (texts, labels, help, titles, intros).
 */
export const updateSurveyRequestSchema = z
  .strictObject({
    title: settings.title.optional(),
    description: z.string().trim().max(SURVEY_TEXT_MAX).optional(),
    anonymous: z.boolean().optional(),
    opensAt: isoDateTime.nullable().optional(),
    closesAt: isoDateTime.nullable().optional(),
    responseLimit: settings.responseLimit.optional(),
    definition: surveyDefinitionSchema.optional(),
  })
  .superRefine(windowInOrder)
  .refine((changes) => Object.keys(changes).length > 0, { message: 'validation.surveyNothingToChange' });

export const surveyStatusRequestSchema = z.strictObject({ status: z.enum(SURVEY_STATUSES) });

export const surveyListQuerySchema = pageQuerySchema.extend({
  status: z.enum(SURVEY_STATUSES).optional(),
  /** true: only the templates; false: only real surveys; absent: both. */
  templates: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(60).optional(),
});

/** A course asks for the survey as its evaluation (required before it completes). */
export const courseEvaluationRequestSchema = z.strictObject({ surveyId: uuidSchema });

/** A webinar session offers the survey as its evaluation; optionally required for its certificate. */
export const webinarEvaluationRequestSchema = z.strictObject({
  surveyId: uuidSchema,
  requiredForCertificate: z.boolean().default(false),
});

const answer = z.strictObject({
  questionId: key,
  speakerId: uuidSchema.optional(),
  number: z.number().finite().optional(),
  choices: z
    .array(key)
    .max(SURVEY_OPTIONS_MAX + 1)
    .optional(),
  text: z.string().max(SURVEY_LONG_ANSWER_MAX).optional(),
  rows: z.record(key, z.number().int()).optional(),
  date: z.iso.date({ error: 'validation.date' }).optional(),
});

const context = z
  .strictObject({ courseId: uuidSchema.nullable().optional(), webinarSessionId: uuidSchema.nullable().optional() })
  .optional();

export const surveySubmissionSchema = z.strictObject({
  answers: z.array(answer).max(SURVEY_QUESTIONS_MAX * 20),
  context,
});

export const publicSurveySubmissionSchema = surveySubmissionSchema.extend({
  /** A random id the browser keeps (localStorage), so one browser answers once. */
  browserId: uuidSchema,
  /** The honeypot: hidden from people, so any value means a script. */
  website: z.string().max(200).optional(),
});

/** Which course or webinar session the form is for (fills in the speakers). */
export const surveyFormQuerySchema = z.strictObject({
  courseId: uuidSchema.optional(),
  webinarSessionId: uuidSchema.optional(),
});

export const surveyResultsQuerySchema = z.strictObject({
  courseId: uuidSchema.optional(),
  cohortId: uuidSchema.optional(),
  webinarSessionId: uuidSchema.optional(),
  institutionId: uuidSchema.optional(),
  speakerId: uuidSchema.optional(),
  from: z.iso.date({ error: 'validation.date' }).optional(),
  to: z.iso.date({ error: 'validation.date' }).optional(),
});

export const ikmQuerySchema = z.strictObject({
  by: z.enum(['month', 'year']).default('month'),
  from: z.iso.date({ error: 'validation.date' }).optional(),
  to: z.iso.date({ error: 'validation.date' }).optional(),
});
