import { z } from 'zod';
import { pageQuerySchema, uuidSchema } from './common.schemas';
import { COURSE_CATEGORIES } from './learning.types';
import { DASHBOARD_PERIODS } from './reporting.types';

/** What the web client sends on each navigation: the page's path, nothing about the person. */
export const pageViewSchema = z.strictObject({
  path: z.string().max(300).startsWith('/', { error: 'validation.visitPath' }),
});
export type PageView = z.infer<typeof pageViewSchema>;

/** The longest period one report reads: a year (a leap one included). */
export const VISIT_REPORT_MAX_DAYS = 366;

const day = z.iso.date({ error: 'validation.date' });

export const visitReportQuerySchema = z
  .strictObject({ from: day, to: day })
  .refine((range) => range.from <= range.to, { error: 'validation.dateRange', path: ['to'] })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) < VISIT_REPORT_MAX_DAYS * 86_400_000, {
    error: 'validation.visitRange',
    path: ['to'],
  });
export type VisitReportQuery = z.infer<typeof visitReportQuerySchema>;

/** The longest custom period the dashboard reads: two years (a leap day included). */
export const DASHBOARD_MAX_DAYS = 731;

/**
 * The dashboard's period and filters. month, quarter and year: the calendar one holding
 * `from` (today, WIB, when absent); custom: from and to, both required, both included.
 * category and cohortId narrow the course figures (learning, quizzes, webinars of a course);
 * institutionId narrows every figure about people.
 */
export const dashboardQuerySchema = z
  .strictObject({
    period: z.enum(DASHBOARD_PERIODS).default('month'),
    from: day.optional(),
    to: day.optional(),
    institutionId: uuidSchema.optional(),
    category: z.enum(COURSE_CATEGORIES).optional(),
    cohortId: uuidSchema.optional(),
  })
  .refine((query) => query.period !== 'custom' || (query.from !== undefined && query.to !== undefined), {
    error: 'validation.dashboardCustomRange',
    path: ['to'],
  })
  .refine((query) => query.period === 'custom' || query.to === undefined, {
    error: 'validation.dashboardToOnlyCustom',
    path: ['to'],
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: 'validation.dateRange',
    path: ['to'],
  })
  .refine(
    (query) =>
      !query.from || !query.to || Date.parse(query.to) - Date.parse(query.from) < DASHBOARD_MAX_DAYS * 86_400_000,
    { error: 'validation.dashboardRange', path: ['to'] },
  );
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** Whose JP: a calendar year (this one when absent) and, optionally, one institution. */
const jpScopeFields = {
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  institutionId: uuidSchema.optional(),
};

/** The list behind the JP figure: librarians below the yearly target, fewest JP first. */
export const jpBelowTargetQuerySchema = pageQuerySchema.extend(jpScopeFields);
export type JpBelowTargetQuery = z.infer<typeof jpBelowTargetQuerySchema>;

/** One click: remind this year's librarians below target (of one institution, or of all in scope). */
export const jpRemindersSchema = z.strictObject({ institutionId: uuidSchema.optional() });
export type JpRemindersRequest = z.infer<typeof jpRemindersSchema>;
