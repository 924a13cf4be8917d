import { z } from 'zod';
import { LOCALES, type Page } from './common.types';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import { ROLES } from './identity.types';
import {
  COMPLETION_CONDITION_KINDS,
  COURSE_CATEGORIES,
  COURSE_STATUSES,
  ENROLMENT_STATUSES,
  FILE_PURPOSES,
  LESSON_KINDS,
  MATERIAL_KINDS,
  SELF_ENROLMENT_MODES,
  type CohortSummary,
  type CompletionConditionAvailability,
  type CourseDetail,
  type CourseProgressReport,
  type CourseSummary,
  type EnrolmentReport,
  type EnrolmentSummary,
  type LessonDetail,
  type Material,
  type StoredFile,
  type UserRef,
} from './learning.types';

const count = z.number().int();

export const userRefSchema = describes<UserRef>()('UserRef', z.strictObject({ id: uuidSchema, fullName: z.string() }));

export const storedFileSchema = describes<StoredFile>()(
  'StoredFile',
  z.strictObject({
    id: uuidSchema,
    name: z.string(),
    contentType: z.string(),
    sizeBytes: count,
    purpose: z.enum(FILE_PURPOSES),
    url: z.string(),
  }),
);

const courseSummaryShape = {
  id: uuidSchema,
  title: z.string(),
  summary: z.string(),
  category: z.enum(COURSE_CATEGORIES),
  jp: z.number(),
  status: z.enum(COURSE_STATUSES),
  language: z.enum(LOCALES),
  skkniUnits: z.array(z.string()),
  cover: storedFileSchema.nullable(),
  trainers: z.array(userRefSchema),
  lessonCount: count,
  updatedAt: timestamp,
  publishedAt: timestamp.nullable(),
};

export const courseSummarySchema = describes<CourseSummary>()('CourseSummary', z.strictObject(courseSummaryShape));

export const coursePageSchema = describes<Page<CourseSummary>>()('CourseSummaryPage', pageOf(courseSummarySchema));

export const lessonDetailSchema = describes<LessonDetail>()(
  'LessonDetail',
  z.strictObject({
    id: uuidSchema,
    moduleId: uuidSchema,
    title: z.string(),
    kind: z.enum(LESSON_KINDS),
    required: z.boolean(),
    estimatedMinutes: count,
    bodyMarkdown: z.string().nullable(),
    bodyHtml: z.string().nullable(),
    videoUrl: z.string().nullable(),
    videoEmbedUrl: z.string().nullable(),
    videoFile: storedFileSchema.nullable(),
    videoDurationSeconds: z.number().nullable(),
    file: storedFileSchema.nullable(),
    linkUrl: z.string().nullable(),
  }),
);

export const courseDetailSchema = describes<CourseDetail>()(
  'CourseDetail',
  z.strictObject({
    ...courseSummaryShape,
    description: z.string(),
    descriptionHtml: z.string(),
    prerequisites: z.array(z.strictObject({ id: uuidSchema, title: z.string() })),
    completionRules: z.strictObject({
      requiredLessons: z.literal(true),
      minWebinarAttendancePercent: z.number().nullable(),
    }),
    outlineVersion: count,
    modules: z.array(
      z.strictObject({ id: uuidSchema, title: z.string(), position: count, lessons: z.array(lessonDetailSchema) }),
    ),
    owner: userRefSchema,
  }),
);

export const courseProgressReportSchema = describes<CourseProgressReport>()(
  'CourseProgressReport',
  z.strictObject({
    courseId: uuidSchema,
    modules: z.array(z.strictObject({ id: uuidSchema, title: z.string(), requiredLessons: count })),
    learners: z.array(
      z.strictObject({
        user: z.strictObject({ id: uuidSchema, fullName: z.string(), email: z.string() }),
        cohortName: z.string(),
        status: z.enum(ENROLMENT_STATUSES),
        doneByModule: z.array(count),
        progressPercent: z.number(),
        lastActivityAt: timestamp.nullable(),
        stuckAt: z.strictObject({ lessonId: uuidSchema, title: z.string() }).nullable(),
        flag: z.strictObject({ refused: count, borderline: count, reason: z.string() }).nullable(),
      }),
    ),
  }),
);

export const completionConditionAvailabilitySchema = describes<CompletionConditionAvailability>()(
  'CompletionConditionAvailability',
  z.strictObject({ kind: z.enum(COMPLETION_CONDITION_KINDS), available: z.boolean() }),
);

export const cohortSummarySchema = describes<CohortSummary>()(
  'CohortSummary',
  z.strictObject({
    id: uuidSchema,
    courseId: uuidSchema,
    courseTitle: z.string(),
    name: z.string(),
    enrolOpensAt: timestamp,
    enrolClosesAt: timestamp,
    startsAt: timestamp,
    endsAt: timestamp,
    capacity: count.nullable(),
    selfEnrolment: z.enum(SELF_ENROLMENT_MODES),
    trainers: z.array(userRefSchema),
    enrolledCount: count,
    pendingCount: count,
  }),
);

export const cohortPageSchema = describes<Page<CohortSummary>>()('CohortSummaryPage', pageOf(cohortSummarySchema));

export const enrolmentSummarySchema = describes<EnrolmentSummary>()(
  'EnrolmentSummary',
  z.strictObject({
    id: uuidSchema,
    cohortId: uuidSchema,
    courseId: uuidSchema,
    user: z.strictObject({ id: uuidSchema, fullName: z.string(), email: z.string(), nip: z.string().nullable() }),
    status: z.enum(ENROLMENT_STATUSES),
    enrolledAt: timestamp,
    endsAt: timestamp,
    completedAt: timestamp.nullable(),
    progressPercent: z.number(),
  }),
);

export const enrolmentPageSchema = describes<Page<EnrolmentSummary>>()(
  'EnrolmentSummaryPage',
  pageOf(enrolmentSummarySchema),
);

export const enrolmentReportSchema = describes<EnrolmentReport>()(
  'EnrolmentReport',
  z.strictObject({
    committed: z.boolean(),
    enrolled: count,
    rejected: count,
    rows: z.array(
      z.strictObject({
        row: count,
        email: z.string().nullable(),
        userId: uuidSchema.nullable(),
        status: z.enum(['enrolled', 'rejected', 'skipped']),
        reason: z.string().nullable(),
      }),
    ),
  }),
);

export const materialSchema = describes<Material>()(
  'Material',
  z.strictObject({
    id: uuidSchema,
    title: z.string(),
    description: z.string(),
    kind: z.enum(MATERIAL_KINDS),
    file: storedFileSchema.nullable(),
    url: z.string().nullable(),
    tags: z.array(z.string()),
    audienceRoles: z.array(z.enum(ROLES)),
    createdBy: userRefSchema,
    createdAt: timestamp,
    editable: z.boolean(),
  }),
);

export const materialPageSchema = describes<Page<Material>>()('MaterialPage', pageOf(materialSchema));
