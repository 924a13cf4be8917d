import { z } from 'zod';
import { describes, pageOf } from './common.responses';
import type { Page } from './common.types';
import {
  JP_BANDS,
  VISIT_SECTIONS,
  VISIT_TOTAL,
  type Dashboard,
  type JpBelowTarget,
  type JpRemindersResult,
  type VisitDay,
  type VisitReport,
} from './reporting.types';

export const visitDaySchema = describes<VisitDay>()(
  'VisitDay',
  z.object({
    day: z.iso.date(),
    section: z.enum([...VISIT_SECTIONS, VISIT_TOTAL]),
    views: z.number().int(),
    visitors: z.number().int(),
  }),
);

export const visitReportSchema = describes<VisitReport>()(
  'VisitReport',
  z.object({ from: z.iso.date(), to: z.iso.date(), days: z.array(visitDaySchema) }),
);

const dashboardFigureSchema = z.object({ value: z.number().nullable(), listHref: z.string().nullable() });

const dashboardLearningSchema = z.object({
  enrolments: dashboardFigureSchema,
  completions: dashboardFigureSchema,
  completionRate: dashboardFigureSchema,
  medianDaysToComplete: dashboardFigureSchema,
});

const dashboardJpSchema = z.object({
  year: z.number().int(),
  target: z.number().int(),
  librarians: z.number().int(),
  distribution: z.array(z.object({ band: z.enum(JP_BANDS), librarians: z.number().int() })),
  belowTarget: dashboardFigureSchema,
});

const dashboardQuizzesSchema = z.object({
  attempts: dashboardFigureSchema,
  courses: z.array(
    z.object({
      courseId: z.uuid(),
      title: z.string(),
      attempts: z.number().int(),
      averageScore: z.number().nullable(),
      passRate: z.number().nullable(),
      gainLearners: z.number().int(),
      preAverage: z.number().nullable(),
      postAverage: z.number().nullable(),
      gain: z.number().nullable(),
      listHref: z.string(),
    }),
  ),
});

const dashboardWebinarsSchema = z.object({
  sessionsHeld: dashboardFigureSchema,
  attendances: dashboardFigureSchema,
  averageMinutes: dashboardFigureSchema,
});

const dashboardEventsSchema = z.object({
  eventsHeld: dashboardFigureSchema,
  librarianParticipants: dashboardFigureSchema,
  publicParticipants: dashboardFigureSchema,
});

const dashboardSurveysSchema = z.object({
  responses: dashboardFigureSchema,
  ikm: z
    .array(
      z.object({
        surveyId: z.uuid(),
        title: z.string(),
        responses: z.number().int(),
        ikm: z.number().nullable(),
        listHref: z.string(),
      }),
    )
    .nullable(),
});

const dashboardVisitsSchema = z.object({
  views: dashboardFigureSchema,
  dailyVisitors: dashboardFigureSchema,
  sections: z.array(
    z.object({ section: z.enum(VISIT_SECTIONS), views: z.number().int(), dailyVisitors: z.number().int() }),
  ),
});

const trendSeries = z.number().nullable();

export const dashboardSchema = describes<Dashboard>()(
  'Dashboard',
  z.object({
    from: z.iso.date(),
    to: z.iso.date(),
    institutionId: z.uuid().nullable(),
    activeLibrarians: dashboardFigureSchema,
    learning: dashboardLearningSchema.nullable(),
    jp: dashboardJpSchema.nullable(),
    quizzes: dashboardQuizzesSchema.nullable(),
    webinars: dashboardWebinarsSchema.nullable(),
    events: dashboardEventsSchema.nullable(),
    surveys: dashboardSurveysSchema.nullable(),
    visits: dashboardVisitsSchema.nullable(),
    trends: z.array(
      z.object({
        month: z.string().regex(/^\d{4}-\d{2}$/),
        activeLibrarians: z.number().int(),
        enrolments: trendSeries,
        completions: trendSeries,
        jpEarned: trendSeries,
        quizAttempts: trendSeries,
        webinarAttendances: trendSeries,
        eventParticipants: trendSeries,
        views: trendSeries,
      }),
    ),
  }),
);

export const jpBelowTargetSchema = describes<JpBelowTarget>()(
  'JpBelowTarget',
  z.object({
    userId: z.uuid(),
    fullName: z.string(),
    nip: z.string().nullable(),
    institutionId: z.uuid().nullable(),
    jp: z.number(),
    remindedOn: z.iso.date().nullable(),
  }),
);

export const jpBelowTargetPageSchema = describes<Page<JpBelowTarget>>()(
  'JpBelowTargetPage',
  pageOf(jpBelowTargetSchema),
);

export const jpRemindersResultSchema = describes<JpRemindersResult>()(
  'JpRemindersResult',
  z.object({ reminded: z.number().int(), alreadyReminded: z.number().int() }),
);
