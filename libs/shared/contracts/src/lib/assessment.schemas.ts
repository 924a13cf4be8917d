import { z } from 'zod';
import { isoDateTime, uuidSchema } from './common.schemas';
import { GRADING_METHODS, QUIZ_ROLES, REVIEW_TIMINGS } from './assessment.types';

const text = (max: number) => z.string().trim().min(1).max(max);
const feedbackText = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((value) => value || null);

const optionSchema = z.strictObject({
  /** Keep the id when editing so saved answers still point at the option. */
  id: uuidSchema.optional(),
  text: text(1000),
  correct: z.boolean(),
  feedback: feedbackText,
});

const options = z.array(optionSchema).min(2, { error: 'validation.questionOptions' }).max(20);

/** The type-specific part; each type checks what makes it markable. */
export const questionBodySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('single-choice'),
    options: options.refine((list) => list.filter((o) => o.correct).length === 1, {
      error: 'validation.questionOneCorrect',
    }),
  }),
  z.strictObject({
    type: z.literal('multiple-response'),
    options: options.refine((list) => list.some((o) => o.correct), { error: 'validation.questionSomeCorrect' }),
    partialCredit: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal('true-false'), answer: z.boolean() }),
  z.strictObject({
    type: z.literal('short-answer'),
    acceptedAnswers: z.array(text(200)).min(1, { error: 'validation.questionAccepted' }).max(20),
  }),
  z.strictObject({
    type: z.literal('numeric'),
    answer: z.number().finite(),
    tolerance: z.number().finite().min(0).default(0),
  }),
  z.strictObject({
    type: z.literal('matching'),
    pairs: z
      .array(
        z.strictObject({
          id: uuidSchema.optional(),
          rightId: uuidSchema.optional(),
          left: text(500),
          right: text(500),
        }),
      )
      .min(2, { error: 'validation.questionPairs' })
      .max(20),
  }),
  z.strictObject({
    type: z.literal('ordering'),
    items: z
      .array(z.strictObject({ id: uuidSchema.optional(), text: text(500) }))
      .min(2, { error: 'validation.questionItems' })
      .max(20),
  }),
  z.strictObject({ type: z.literal('essay'), rubric: z.string().trim().max(5000).nullish() }),
]);

const questionFeedbackSchema = z.strictObject({
  correct: feedbackText,
  incorrect: feedbackText,
  general: feedbackText,
});

const questionFields = {
  categoryId: uuidSchema.nullish(),
  prompt: text(5000),
  points: z.number().positive().max(100),
  body: questionBodySchema,
  feedback: questionFeedbackSchema,
};

export const createQuestionRequestSchema = z.strictObject({
  ...questionFields,
  points: questionFields.points.default(1),
  feedback: questionFields.feedback.default({ correct: null, incorrect: null, general: null }),
});

/** Without defaults: a field left out stays as it is. */
export const updateQuestionRequestSchema = z.strictObject(questionFields).partial();

export const questionCategoryRequestSchema = z.strictObject({ name: text(120) });

export const questionBankImportSchema = z.strictObject({
  format: z.literal('bina-pustaka.question-bank'),
  version: z.literal(1),
  categories: z.array(text(120)).max(200).default([]),
  questions: z
    .array(
      createQuestionRequestSchema.omit({ categoryId: true }).extend({ category: z.string().trim().max(120).nullish() }),
    )
    .max(2000),
});

const selectionSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('fixed'),
    questionIds: z.array(uuidSchema).min(1, { error: 'validation.quizQuestions' }).max(200),
  }),
  z.strictObject({
    mode: z.literal('random'),
    rules: z
      .array(z.strictObject({ categoryId: uuidSchema, count: z.number().int().min(1).max(100) }))
      .min(1, { error: 'validation.quizQuestions' })
      .max(50),
  }),
]);

const reviewPolicySchema = z.strictObject({
  when: z.enum(REVIEW_TIMINGS),
  score: z.boolean(),
  correctness: z.boolean(),
  correctAnswers: z.boolean(),
  feedback: z.boolean(),
});

const quizFields = {
  moduleId: uuidSchema,
  title: text(160),
  description: z.string().trim().max(5000),
  published: z.boolean(),
  selection: selectionSchema,
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  timeLimitMinutes: z.number().int().min(1).max(600).nullable(),
  opensAt: isoDateTime.nullable(),
  closesAt: isoDateTime.nullable(),
  attemptsAllowed: z.number().int().min(1).max(100).nullable(),
  gradingMethod: z.enum(GRADING_METHODS),
  passingScore: z.number().min(0).max(100),
  review: reviewPolicySchema,
  role: z.enum(QUIZ_ROLES),
  requiredForCompletion: z.boolean(),
};

const windowInOrder = (quiz: { opensAt?: string | null; closesAt?: string | null }) =>
  !quiz.opensAt || !quiz.closesAt || new Date(quiz.opensAt) < new Date(quiz.closesAt);
const windowIssue = { error: 'validation.quizWindow', path: ['closesAt'] };

export const createQuizRequestSchema = z
  .strictObject({
    ...quizFields,
    description: quizFields.description.default(''),
    published: quizFields.published.default(false),
    shuffleQuestions: quizFields.shuffleQuestions.default(false),
    shuffleOptions: quizFields.shuffleOptions.default(false),
    timeLimitMinutes: quizFields.timeLimitMinutes.default(null),
    opensAt: quizFields.opensAt.default(null),
    closesAt: quizFields.closesAt.default(null),
    attemptsAllowed: quizFields.attemptsAllowed.default(1),
    gradingMethod: quizFields.gradingMethod.default('highest'),
    passingScore: quizFields.passingScore.default(70),
    review: quizFields.review.default({
      when: 'immediately',
      score: true,
      correctness: true,
      correctAnswers: false,
      feedback: true,
    }),
    role: quizFields.role.default('none'),
    requiredForCompletion: quizFields.requiredForCompletion.default(false),
  })
  .refine(windowInOrder, windowIssue);

/** Without defaults: a field left out stays as it is. */
export const updateQuizRequestSchema = z
  .strictObject(quizFields)
  .omit({ moduleId: true })
  .partial()
  .refine(windowInOrder, windowIssue);

export const quizOverrideRequestSchema = z
  .strictObject({
    extraMinutes: z.number().int().min(0).max(600).default(0),
    extraAttempts: z.number().int().min(0).max(100).default(0),
    opensAt: isoDateTime.nullable().default(null),
    closesAt: isoDateTime.nullable().default(null),
  })
  .refine(windowInOrder, windowIssue);

export const answerValueSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single-choice'), optionId: uuidSchema }),
  z.strictObject({ type: z.literal('multiple-response'), optionIds: z.array(uuidSchema).max(20) }),
  z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  z.strictObject({ type: z.literal('short-answer'), text: z.string().max(500) }),
  z.strictObject({ type: z.literal('numeric'), value: z.number().finite() }),
  z.strictObject({ type: z.literal('matching'), matches: z.record(uuidSchema, uuidSchema) }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(uuidSchema).max(20) }),
  z.strictObject({ type: z.literal('essay'), text: z.string().max(20_000) }),
]);

export const saveAnswerRequestSchema = z.strictObject({
  answer: answerValueSchema,
  /** Increases with every change the client makes to this answer (e.g. a timestamp in ms). */
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const gradeEssayRequestSchema = z.strictObject({
  points: z.number().min(0).max(100),
  comment: z.string().trim().max(5000).nullish(),
});
