import { z } from 'zod';

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
