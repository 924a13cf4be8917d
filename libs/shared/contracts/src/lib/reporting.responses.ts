import { z } from 'zod';
import { describes } from './common.responses';
import { VISIT_SECTIONS, VISIT_TOTAL, type VisitDay, type VisitReport } from './reporting.types';

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
