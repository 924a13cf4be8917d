import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, timestamp } from './common.responses';
import {
  ATTEMPT_STATUSES,
  GRADING_METHODS,
  QUESTION_TYPES,
  QUIZ_ROLES,
  REVIEW_TIMINGS,
  type AttemptView,
  type EssayToGrade,
  type LearnerQuizInfo,
  type LearningGain,
  type Question,
  type QuestionBankExport,
  type QuestionBankImportResult,
  type QuestionCategory,
  type Quiz,
  type QuizOverride,
  type QuizResults,
  type SavedAnswer,
  type StaffAttempt,
} from './assessment.types';
import { userRefSchema } from './learning.responses';

const count = z.number().int();
const attemptStatus = z.enum(ATTEMPT_STATUSES);
const textItem = z.strictObject({ id: z.string(), text: z.string() });
const choiceOption = z.strictObject({
  id: z.string(),
  text: z.string(),
  correct: z.boolean(),
  feedback: z.string().nullable(),
});

// ---- Authoring: keys included (trainers only) ----

const questionBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single-choice'), options: z.array(choiceOption) }),
  z.strictObject({ type: z.literal('multiple-response'), options: z.array(choiceOption), partialCredit: z.boolean() }),
  z.strictObject({ type: z.literal('true-false'), answer: z.boolean() }),
  z.strictObject({ type: z.literal('short-answer'), acceptedAnswers: z.array(z.string()) }),
  z.strictObject({ type: z.literal('numeric'), answer: z.number(), tolerance: z.number() }),
  z.strictObject({
    type: z.literal('matching'),
    pairs: z.array(z.strictObject({ id: z.string(), left: z.string(), rightId: z.string(), right: z.string() })),
  }),
  z.strictObject({ type: z.literal('ordering'), items: z.array(textItem) }),
  z.strictObject({ type: z.literal('essay'), rubric: z.string().nullable() }),
]);

const questionFields = {
  prompt: z.string(),
  points: z.number(),
  body: questionBody,
  feedback: z.strictObject({
    correct: z.string().nullable(),
    incorrect: z.string().nullable(),
    general: z.string().nullable(),
  }),
};

export const questionSchema = describes<Question>()(
  'Question',
  z.strictObject({
    id: uuidSchema,
    courseId: uuidSchema,
    categoryId: uuidSchema.nullable(),
    ...questionFields,
    updatedAt: timestamp,
  }),
);

export const questionCategorySchema = describes<QuestionCategory>()(
  'QuestionCategory',
  z.strictObject({ id: uuidSchema, courseId: uuidSchema, name: z.string(), questionCount: count }),
);

export const questionBankExportSchema = describes<QuestionBankExport>()(
  'QuestionBankExport',
  z.strictObject({
    format: z.literal('bina-pustaka.question-bank'),
    version: z.literal(1),
    categories: z.array(z.string()),
    questions: z.array(z.strictObject({ ...questionFields, category: z.string().nullable() })),
  }),
);

export const questionBankImportResultSchema = describes<QuestionBankImportResult>()(
  'QuestionBankImportResult',
  z.strictObject({ imported: count }),
);

const nullableTime = timestamp.nullable();

export const quizSchema = describes<Quiz>()(
  'Quiz',
  z.strictObject({
    id: uuidSchema,
    courseId: uuidSchema,
    moduleId: uuidSchema,
    title: z.string(),
    description: z.string(),
    published: z.boolean(),
    selection: z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('fixed'), questionIds: z.array(uuidSchema) }),
      z.strictObject({
        mode: z.literal('random'),
        rules: z.array(z.strictObject({ categoryId: uuidSchema, count })),
      }),
    ]),
    shuffleQuestions: z.boolean(),
    shuffleOptions: z.boolean(),
    timeLimitMinutes: count.nullable(),
    opensAt: nullableTime,
    closesAt: nullableTime,
    attemptsAllowed: count.nullable(),
    gradingMethod: z.enum(GRADING_METHODS),
    passingScore: z.number(),
    review: z.strictObject({
      when: z.enum(REVIEW_TIMINGS),
      score: z.boolean(),
      correctness: z.boolean(),
      correctAnswers: z.boolean(),
      feedback: z.boolean(),
    }),
    role: z.enum(QUIZ_ROLES),
    requiredForCompletion: z.boolean(),
  }),
);

export const quizOverrideSchema = describes<QuizOverride>()(
  'QuizOverride',
  z.strictObject({
    quizId: uuidSchema,
    user: userRefSchema,
    extraMinutes: count,
    extraAttempts: count,
    opensAt: nullableTime,
    closesAt: nullableTime,
  }),
);

// ---- Learners: no key, correctness or score unless the review policy allows ----

const answerValue = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single-choice'), optionId: z.string() }),
  z.strictObject({ type: z.literal('multiple-response'), optionIds: z.array(z.string()) }),
  z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  z.strictObject({ type: z.literal('short-answer'), text: z.string() }),
  z.strictObject({ type: z.literal('numeric'), value: z.number() }),
  z.strictObject({ type: z.literal('matching'), matches: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(z.string()) }),
  z.strictObject({ type: z.literal('essay'), text: z.string() }),
]);

const learnerQuestionBody = z.union([
  z.strictObject({ type: z.enum(['single-choice', 'multiple-response']), options: z.array(textItem) }),
  z.strictObject({ type: z.literal('true-false') }),
  z.strictObject({ type: z.literal('short-answer') }),
  z.strictObject({ type: z.literal('numeric') }),
  z.strictObject({ type: z.literal('matching'), prompts: z.array(textItem), choices: z.array(textItem) }),
  z.strictObject({ type: z.literal('ordering'), items: z.array(textItem) }),
  z.strictObject({ type: z.literal('essay') }),
]);

const attemptSummaryShape = {
  id: uuidSchema,
  number: count,
  status: attemptStatus,
  startedAt: timestamp,
  submittedAt: nullableTime,
  score: z.number().nullable().optional(),
  passed: z.boolean().nullable().optional(),
};

export const learnerQuizInfoSchema = describes<LearnerQuizInfo>()(
  'LearnerQuizInfo',
  z.strictObject({
    id: uuidSchema,
    courseId: uuidSchema,
    title: z.string(),
    description: z.string(),
    timeLimitMinutes: count.nullable(),
    opensAt: nullableTime,
    closesAt: nullableTime,
    attemptsAllowed: count.nullable(),
    attemptsUsed: count,
    passingScore: z.number(),
    role: z.enum(QUIZ_ROLES),
    requiredForCompletion: z.boolean(),
    inProgressAttemptId: uuidSchema.nullable(),
    attempts: z.array(z.strictObject(attemptSummaryShape)),
  }),
);

export const attemptViewSchema = describes<AttemptView>()(
  'AttemptView',
  z.strictObject({
    ...attemptSummaryShape,
    quizId: uuidSchema,
    quizTitle: z.string(),
    deadlineAt: nullableTime,
    serverNow: timestamp,
    reviewShown: z.boolean(),
    questions: z.array(
      z.strictObject({
        questionId: uuidSchema,
        prompt: z.string(),
        points: z.number(),
        body: learnerQuestionBody,
        answer: answerValue.nullable(),
        answerSeq: count.nullable(),
        review: z
          .strictObject({
            correct: z.boolean().nullable().optional(),
            points: z.number().nullable().optional(),
            correctAnswer: answerValue.nullable().optional(),
            feedback: z.array(z.string()).optional(),
          })
          .optional(),
      }),
    ),
  }),
);

export const savedAnswerSchema = describes<SavedAnswer>()(
  'SavedAnswer',
  z.strictObject({ questionId: uuidSchema, seq: count, savedAt: timestamp }),
);

// ---- Staff: grading and results ----

export const staffAttemptSchema = describes<StaffAttempt>()(
  'StaffAttempt',
  z.strictObject({
    id: uuidSchema,
    quizId: uuidSchema,
    learner: userRefSchema,
    number: count,
    status: attemptStatus,
    startedAt: timestamp,
    deadlineAt: nullableTime,
    submittedAt: nullableTime,
    submittedBy: z.enum(['learner', 'deadline']).nullable(),
    score: z.number().nullable(),
    passed: z.boolean().nullable(),
    needsGrading: z.boolean(),
  }),
);

export const essayToGradeSchema = describes<EssayToGrade>()(
  'EssayToGrade',
  z.strictObject({
    attemptId: uuidSchema,
    questionId: uuidSchema,
    learner: userRefSchema,
    prompt: z.string(),
    rubric: z.string().nullable(),
    text: z.string(),
    maxPoints: z.number(),
    submittedAt: timestamp,
  }),
);

export const quizResultsSchema = describes<QuizResults>()(
  'QuizResults',
  z.strictObject({
    quizId: uuidSchema,
    learners: count,
    attempts: count,
    averageScore: z.number().nullable(),
    passRate: z.number().nullable(),
    distribution: z.array(count),
    questions: z.array(
      z.strictObject({
        questionId: uuidSchema,
        prompt: z.string(),
        type: z.enum(QUESTION_TYPES),
        answered: count,
        difficulty: z.number().nullable(),
        discrimination: z.number().nullable(),
      }),
    ),
  }),
);

export const learningGainSchema = describes<LearningGain>()(
  'LearningGain',
  z.strictObject({
    courseId: uuidSchema,
    cohorts: z.array(
      z.strictObject({
        cohortId: uuidSchema,
        learners: count,
        preAverage: z.number().nullable(),
        postAverage: z.number().nullable(),
        gain: z.number().nullable(),
      }),
    ),
  }),
);
