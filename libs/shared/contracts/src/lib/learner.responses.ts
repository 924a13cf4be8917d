import { z } from 'zod';
import { LOCALES, type Page } from './common.types';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import {
  COMPLETION_CONDITION_KINDS,
  COURSE_CATEGORIES,
  ENROLMENT_STATUSES,
  LESSON_KINDS,
  LESSON_PROGRESS_STATES,
  type CatalogCourse,
  type CatalogCourseDetail,
  type JpLedger,
  type LearnerCourse,
  type LearnerLesson,
  type MyLearning,
  type ProgressResult,
} from './learning.types';
import { cohortSummarySchema, lessonDetailSchema, storedFileSchema, userRefSchema } from './learning.responses';

// What learners see of the learning domain: the catalog, the course player, my learning, JP.

const count = z.number().int();
const lessonState = z.enum(LESSON_PROGRESS_STATES);
const enrolmentStatus = z.enum(ENROLMENT_STATUSES);
/** A lesson in an outline (the course page's and the player's). */
const outlineLesson = {
  id: uuidSchema,
  title: z.string(),
  kind: z.enum(LESSON_KINDS),
  estimatedMinutes: count,
  required: z.boolean(),
};

const catalogCourseShape = {
  id: uuidSchema,
  title: z.string(),
  summary: z.string(),
  category: z.enum(COURSE_CATEGORIES),
  jp: z.number(),
  language: z.enum(LOCALES),
  skkniUnits: z.array(z.string()),
  cover: storedFileSchema.nullable(),
  trainers: z.array(userRefSchema),
  lessonCount: count,
  estimatedMinutes: count,
  myEnrolment: z.strictObject({ id: uuidSchema, status: enrolmentStatus, cohortId: uuidSchema }).nullable(),
  openCohorts: count,
};

export const catalogCourseSchema = describes<CatalogCourse>()('CatalogCourse', z.strictObject(catalogCourseShape));

export const catalogPageSchema = describes<Page<CatalogCourse>>()('CatalogCoursePage', pageOf(catalogCourseSchema));

export const catalogCourseDetailSchema = describes<CatalogCourseDetail>()(
  'CatalogCourseDetail',
  z.strictObject({
    ...catalogCourseShape,
    description: z.string(),
    descriptionHtml: z.string(),
    prerequisites: z.array(z.strictObject({ id: uuidSchema, title: z.string(), completedByMe: z.boolean() })),
    outline: z.array(
      z.strictObject({
        id: uuidSchema,
        title: z.string(),
        lessons: z.array(z.strictObject(outlineLesson)),
      }),
    ),
    cohorts: z.array(
      cohortSummarySchema
        .pick({
          id: true,
          name: true,
          enrolOpensAt: true,
          enrolClosesAt: true,
          startsAt: true,
          endsAt: true,
          capacity: true,
          selfEnrolment: true,
        })
        .extend({
          seatsLeft: count.nullable(),
          canSelfEnrol: z.boolean(),
          cannotSelfEnrolReason: z.string().nullable(),
        }),
    ),
  }),
);

export const learnerCourseSchema = describes<LearnerCourse>()(
  'LearnerCourse',
  z.strictObject({
    courseId: uuidSchema,
    title: z.string(),
    jp: z.number(),
    enrolment: z.strictObject({
      id: uuidSchema,
      status: enrolmentStatus,
      endsAt: timestamp,
      cohortName: z.string(),
    }),
    modules: z.array(
      z.strictObject({
        id: uuidSchema,
        title: z.string(),
        lessons: z.array(z.strictObject({ ...outlineLesson, state: lessonState })),
      }),
    ),
    progressPercent: z.number(),
    resumeLessonId: uuidSchema.nullable(),
    completed: z.boolean(),
    completedAt: timestamp.nullable(),
    conditions: z.array(
      z.strictObject({ kind: z.enum(COMPLETION_CONDITION_KINDS), met: z.boolean(), detail: z.string() }),
    ),
  }),
);

export const learnerLessonSchema = describes<LearnerLesson>()(
  'LearnerLesson',
  z.strictObject({
    lesson: lessonDetailSchema,
    courseId: uuidSchema,
    moduleTitle: z.string(),
    state: lessonState,
    watchedFraction: z.number(),
    previousLessonId: uuidSchema.nullable(),
    nextLessonId: uuidSchema.nullable(),
  }),
);

export const progressResultSchema = describes<ProgressResult>()(
  'ProgressResult',
  z.strictObject({
    lessonId: uuidSchema,
    state: lessonState,
    watchedFraction: z.number(),
    progressPercent: z.number(),
    courseCompleted: z.boolean(),
    justCompleted: z.boolean(),
  }),
);

export const myLearningSchema = describes<MyLearning>()(
  'MyLearning',
  z.strictObject({
    current: z.array(
      z.strictObject({
        courseId: uuidSchema,
        title: z.string(),
        cohortName: z.string(),
        progressPercent: z.number(),
        endsAt: timestamp,
        status: enrolmentStatus,
        cover: storedFileSchema.nullable(),
      }),
    ),
    completed: z.array(
      z.strictObject({ courseId: uuidSchema, title: z.string(), completedAt: timestamp, jp: z.number() }),
    ),
    upcoming: z.array(
      z.strictObject({ courseId: uuidSchema, title: z.string(), cohortName: z.string(), startsAt: timestamp }),
    ),
  }),
);

export const jpLedgerSchema = describes<JpLedger>()(
  'JpLedger',
  z.strictObject({
    year: count,
    target: z.number(),
    earned: z.number(),
    entries: z.array(
      z.strictObject({
        id: uuidSchema,
        earnedAt: timestamp,
        title: z.string(),
        jp: z.number(),
        source: z.enum(['course', 'webinar', 'event']),
        sourceId: uuidSchema,
      }),
    ),
  }),
);
