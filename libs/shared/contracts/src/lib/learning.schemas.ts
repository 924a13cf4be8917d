import { z } from 'zod';
import { httpUrlSchema as httpUrl, isoDateTime, localeSchema, pageQuerySchema, uuidSchema } from './common.schemas';
import { ROLES } from './identity.types';
import {
  COURSE_CATEGORIES,
  COURSE_STATUSES,
  ENROLMENT_STATUSES,
  FILE_PURPOSES,
  LESSON_KINDS,
  MATERIAL_KINDS,
  SELF_ENROLMENT_MODES,
} from './learning.types';

const title = z.string().trim().min(3).max(160);

export const skkniUnitsSchema = z
  .array(z.string().trim().toUpperCase().min(2).max(40))
  .max(20)
  .transform((units) => [...new Set(units)]);

export const completionRulesSchema = z.strictObject({
  minWebinarAttendancePercent: z.number().int().min(1).max(100).nullable(),
});

export const createCourseRequestSchema = z.strictObject({
  title,
  summary: z.string().trim().max(300).default(''),
  description: z.string().max(20_000).default(''),
  category: z.enum(COURSE_CATEGORIES),
  jp: z.number().int().min(1).max(100),
  language: localeSchema.default('id'),
  skkniUnits: skkniUnitsSchema.default([]),
  coverFileId: uuidSchema.nullish(),
  /** Co-trainers besides the author (must hold the trainer role). */
  trainerIds: z.array(uuidSchema).max(20).default([]),
});

export const updateCourseRequestSchema = z.strictObject({
  title: title.optional(),
  summary: z.string().trim().max(300).optional(),
  description: z.string().max(20_000).optional(),
  category: z.enum(COURSE_CATEGORIES).optional(),
  jp: z.number().int().min(1).max(100).optional(),
  language: localeSchema.optional(),
  skkniUnits: skkniUnitsSchema.optional(),
  coverFileId: uuidSchema.nullish(),
  trainerIds: z.array(uuidSchema).max(20).optional(),
  prerequisiteIds: z.array(uuidSchema).max(10).optional(),
  completionRules: completionRulesSchema.optional(),
});

export const courseListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(COURSE_STATUSES).optional(),
  /** Only the courses I author or co-train. */
  mine: z.enum(['true', 'false']).optional(),
});

export const moduleRequestSchema = z.strictObject({ title });

const lessonFields = {
  title,
  required: z.boolean().default(true),
  estimatedMinutes: z.number().int().min(1).max(600).default(10),
  bodyMarkdown: z.string().max(100_000).nullish(),
  videoUrl: httpUrl.nullish(),
  videoFileId: uuidSchema.nullish(),
  videoDurationSeconds: z.number().int().min(1).max(36_000).nullish(),
  fileId: uuidSchema.nullish(),
  linkUrl: httpUrl.nullish(),
};

/** A lesson carries what its kind needs: text, a video, a file or a link. */
export const createLessonRequestSchema = z
  .strictObject({ kind: z.enum(LESSON_KINDS), ...lessonFields })
  .superRefine((lesson, context) => {
    const missing = (path: string) =>
      context.addIssue({ code: 'custom', path: [path], message: 'validation.lessonContentMissing' });
    if (lesson.kind === 'text' && !lesson.bodyMarkdown?.trim()) missing('bodyMarkdown');
    if (lesson.kind === 'video' && !lesson.videoUrl && !lesson.videoFileId) missing('videoUrl');
    if (lesson.kind === 'file' && !lesson.fileId) missing('fileId');
    if (lesson.kind === 'link' && !lesson.linkUrl) missing('linkUrl');
  });

export const updateLessonRequestSchema = z.strictObject({
  title: title.optional(),
  required: z.boolean().optional(),
  estimatedMinutes: z.number().int().min(1).max(600).optional(),
  bodyMarkdown: lessonFields.bodyMarkdown,
  videoUrl: lessonFields.videoUrl,
  videoFileId: lessonFields.videoFileId,
  videoDurationSeconds: lessonFields.videoDurationSeconds,
  fileId: lessonFields.fileId,
  linkUrl: lessonFields.linkUrl,
});

/** The whole order of modules and lessons, as the trainer left it after dragging. */
export const reorderOutlineRequestSchema = z.strictObject({
  outlineVersion: z.number().int().min(0),
  modules: z.array(z.strictObject({ id: uuidSchema, lessonIds: z.array(uuidSchema).max(200) })).max(100),
});

export const fileUploadFieldsSchema = z.strictObject({ purpose: z.enum(FILE_PURPOSES) });

const cohortFields = {
  name: title,
  enrolOpensAt: isoDateTime,
  enrolClosesAt: isoDateTime,
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  capacity: z.number().int().min(1).max(10_000).nullable().default(null),
  selfEnrolment: z.enum(SELF_ENROLMENT_MODES).default('closed'),
  trainerIds: z.array(uuidSchema).max(20).default([]),
};

const cohortDatesInOrder = (
  cohort: Partial<Record<'enrolOpensAt' | 'enrolClosesAt' | 'startsAt' | 'endsAt', string>>,
  context: z.RefinementCtx,
) => {
  const time = (value: string | undefined) => (value ? Date.parse(value) : NaN);
  if (time(cohort.enrolClosesAt) <= time(cohort.enrolOpensAt)) {
    context.addIssue({ code: 'custom', path: ['enrolClosesAt'], message: 'validation.enrolWindowOrder' });
  }
  if (time(cohort.endsAt) <= time(cohort.startsAt)) {
    context.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.cohortDatesOrder' });
  }
};

/** Dates in order: the enrolment window closes after it opens, the cohort ends after it starts. */
export const createCohortRequestSchema = z.strictObject(cohortFields).superRefine(cohortDatesInOrder);

export const updateCohortRequestSchema = z.strictObject({
  name: title.optional(),
  enrolOpensAt: isoDateTime.optional(),
  enrolClosesAt: isoDateTime.optional(),
  startsAt: isoDateTime.optional(),
  endsAt: isoDateTime.optional(),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
  selfEnrolment: z.enum(SELF_ENROLMENT_MODES).optional(),
  trainerIds: z.array(uuidSchema).max(20).optional(),
});

export const cohortListQuerySchema = pageQuerySchema.extend({
  courseId: uuidSchema.optional(),
});

export const enrolUsersRequestSchema = z.strictObject({
  userIds: z.array(uuidSchema).min(1).max(1000),
});

export const enrolmentListQuerySchema = pageQuerySchema.extend({
  status: z.enum(ENROLMENT_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
});

export const moveEnrolmentRequestSchema = z.strictObject({ cohortId: uuidSchema });

export const extendEnrolmentRequestSchema = z.strictObject({ endsAt: isoDateTime });

export const catalogQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  category: z.enum(COURSE_CATEGORIES).optional(),
  skkni: z.string().trim().toUpperCase().max(40).optional(),
  jpMin: z.coerce.number().int().min(0).max(100).optional(),
  jpMax: z.coerce.number().int().min(0).max(100).optional(),
  /** My relation to the course: not enrolled, enrolled (pending or active), or completed. */
  enrolment: z.enum(['none', 'enrolled', 'completed']).optional(),
});

/**
 * What the learner did: `viewed` the lesson (remembered as where to resume), `opened` its
 * file or link (which completes those kinds), `reached-end` of a text lesson, or
 * `video-progress` with the share of the video watched so far (0..1).
 */
export const progressReportRequestSchema = z
  .strictObject({
    event: z.enum(['viewed', 'opened', 'reached-end', 'video-progress']),
    watchedFraction: z.number().min(0).max(1).optional(),
  })
  .superRefine((report, context) => {
    if (report.event === 'video-progress' && report.watchedFraction === undefined) {
      context.addIssue({ code: 'custom', path: ['watchedFraction'], message: 'validation.required' });
    }
  });

export const jpLedgerQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const courseProgressQuerySchema = z.strictObject({ cohortId: uuidSchema.optional() });

const tagsSchema = z
  .array(z.string().trim().toLowerCase().min(2).max(40))
  .max(15)
  .transform((tags) => [...new Set(tags)]);

export const createMaterialRequestSchema = z
  .strictObject({
    title,
    description: z.string().trim().max(2000).default(''),
    kind: z.enum(MATERIAL_KINDS),
    fileId: uuidSchema.nullish(),
    url: httpUrl.nullish(),
    tags: tagsSchema.default([]),
    audienceRoles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  })
  .superRefine((material, context) => {
    if (material.kind === 'document' && !material.fileId && !material.url) {
      context.addIssue({ code: 'custom', path: ['fileId'], message: 'validation.materialContentMissing' });
    }
    if (material.kind !== 'document' && !material.url && !material.fileId) {
      context.addIssue({ code: 'custom', path: ['url'], message: 'validation.materialContentMissing' });
    }
  });

export const updateMaterialRequestSchema = z.strictObject({
  title: title.optional(),
  description: z.string().trim().max(2000).optional(),
  fileId: uuidSchema.nullish(),
  url: httpUrl.nullish(),
  tags: tagsSchema.optional(),
  audienceRoles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
});

export const materialListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  kind: z.enum(MATERIAL_KINDS).optional(),
});

export const trainerSearchQuerySchema = z.strictObject({ q: z.string().trim().max(100).optional() });
