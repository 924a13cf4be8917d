import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import type { Page } from './common.types';
import { userRefSchema } from './learning.responses';
import { surveyDefinitionSchema, surveySectionSchema } from './survey.schemas';
import {
  IKM_ELEMENTS,
  IKM_GRADES,
  SURVEY_AUDIENCES,
  SURVEY_QUESTION_KINDS,
  SURVEY_STATUSES,
  SURVEY_TEMPLATE_KEYS,
  type CourseReaction,
  type IkmReport,
  type SpeakerEvaluation,
  type SurveyDefinition,
  type SurveyDetail,
  type SurveyForm,
  type SurveyResults,
  type SurveyStep,
  type SurveySummary,
} from './survey.types';

/** The definition as stored: the request's schema, whose defaults are all filled in by then. */
export const surveyDefinitionResponseSchema = describes<SurveyDefinition>()('SurveyDefinition', surveyDefinitionSchema);

const summaryFields = {
  id: uuidSchema,
  title: z.string(),
  status: z.enum(SURVEY_STATUSES),
  audience: z.enum(SURVEY_AUDIENCES),
  anonymous: z.boolean(),
  templateKey: z.enum(SURVEY_TEMPLATE_KEYS).nullable(),
  isTemplate: z.boolean(),
  responseCount: z.number().int(),
  opensAt: timestamp.nullable(),
  closesAt: timestamp.nullable(),
  createdBy: userRefSchema.nullable(),
  updatedAt: timestamp,
};

export const surveySummarySchema = describes<SurveySummary>()('SurveySummary', z.strictObject(summaryFields));

export const surveySummaryPageSchema = describes<Page<SurveySummary>>()(
  'SurveySummaryPage',
  pageOf(surveySummarySchema),
);

export const surveyDetailSchema = describes<SurveyDetail>()(
  'SurveyDetail',
  z.strictObject({
    ...summaryFields,
    description: z.string(),
    definition: surveyDefinitionResponseSchema,
    publicSlug: z.string().nullable(),
    responseLimit: z.number().int().nullable(),
    wordingOnly: z.boolean(),
    courses: z.array(z.strictObject({ id: uuidSchema, title: z.string() })),
    webinarSessions: z.array(
      z.strictObject({ id: uuidSchema, title: z.string(), requiredForCertificate: z.boolean() }),
    ),
    may: z.strictObject({ manage: z.boolean(), readResults: z.boolean() }),
  }),
);

export const surveyFormSchema = describes<SurveyForm>()(
  'SurveyForm',
  z.strictObject({
    surveyId: uuidSchema,
    title: z.string(),
    description: z.string(),
    anonymous: z.boolean(),
    audience: z.enum(SURVEY_AUDIENCES),
    closesAt: timestamp.nullable(),
    sections: z.array(surveySectionSchema.extend({ speaker: userRefSchema.nullable() })),
    answered: z.boolean(),
    closedReason: z.enum(['not-open', 'closed', 'limit-reached']).nullable(),
  }),
);

export const surveyStepSchema = describes<SurveyStep>()(
  'SurveyStep',
  z.strictObject({ surveyId: uuidSchema, title: z.string(), answered: z.boolean(), required: z.boolean() }),
);

const countSchema = z.strictObject({ key: z.string(), label: z.string(), count: z.number().int() });
const mean = z.number().nullable();

export const surveyResultsSchema = describes<SurveyResults>()(
  'SurveyResults',
  z.strictObject({
    surveyId: uuidSchema,
    title: z.string(),
    anonymous: z.boolean(),
    responseCount: z.number().int(),
    suppressed: z.boolean(),
    questions: z.array(
      z.strictObject({
        questionId: z.string(),
        kind: z.enum(SURVEY_QUESTION_KINDS),
        text: z.string(),
        sectionTitle: z.string(),
        speaker: userRefSchema.nullable(),
        answered: z.number().int(),
        counts: z.array(countSchema),
        mean,
        rows: z.array(z.strictObject({ rowId: z.string(), label: z.string(), counts: z.array(countSchema), mean })),
        texts: z.array(z.string()),
      }),
    ),
  }),
);

const ikmPeriodSchema = z.strictObject({
  period: z.string(),
  responseCount: z.number().int(),
  elements: z.array(
    z.strictObject({
      element: z.enum(IKM_ELEMENTS),
      questionText: z.string(),
      answered: z.number().int(),
      mean,
    }),
  ),
  weightedMean: mean,
  ikm: mean,
  grade: z.enum(IKM_GRADES).nullable(),
});

export const ikmReportSchema = describes<IkmReport>()(
  'IkmReport',
  z.strictObject({ surveyId: uuidSchema, periods: z.array(ikmPeriodSchema), overall: ikmPeriodSchema }),
);

export const speakerEvaluationSchema = describes<SpeakerEvaluation>()(
  'SpeakerEvaluation',
  z.strictObject({
    speaker: userRefSchema,
    sessions: z.number().int(),
    responses: z.number().int(),
    score: mean,
    questions: z.array(z.strictObject({ questionId: z.string(), text: z.string(), mean, answered: z.number().int() })),
  }),
);

const reactionGroupSchema = z.strictObject({
  cohortId: uuidSchema.nullable(),
  cohortName: z.string(),
  respondents: z.number().int().min(0),
  reactionScore: z.number().min(0).max(100).nullable(),
  hidden: z.boolean(),
});

export const courseReactionSchema = describes<CourseReaction>()(
  'CourseReaction',
  z.strictObject({
    courseId: uuidSchema,
    surveyId: uuidSchema.nullable(),
    surveyTitle: z.string().nullable(),
    cohorts: z.array(reactionGroupSchema),
    overall: reactionGroupSchema,
  }),
);
