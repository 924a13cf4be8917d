import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from './audit.types';
import { pageQuerySchema, uuidSchema } from './common.schemas';

/** A calendar day in WIB, as `<input type="date">` writes it: 2026-11-25. */
const wibDateSchema = z.iso.date({ error: 'validation.date' });

/** The admin's filters: each narrows the log; the dates are whole WIB days, both included. */
const auditFilters = {
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: uuidSchema.optional(),
  subjectType: z.enum(AUDIT_SUBJECT_TYPES).optional(),
  subjectId: uuidSchema.optional(),
  from: wibDateSchema.optional(),
  to: wibDateSchema.optional(),
};

const fromNotAfterTo = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to;
const dateRangeError = { error: 'validation.dateRange', path: ['to'] };

export const auditLogQuerySchema = pageQuerySchema.extend(auditFilters).refine(fromNotAfterTo, dateRangeError);

/** The same filters for the CSV export, which has no pages. */
export const auditLogExportQuerySchema = z.strictObject(auditFilters).refine(fromNotAfterTo, dateRangeError);
