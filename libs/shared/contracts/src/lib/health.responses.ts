import { z } from 'zod';
import { describes } from './common.responses';
import type { HealthReport } from './health.types';

const state = z.enum(['up', 'down']);

export const healthReportSchema = describes<HealthReport>()(
  'HealthReport',
  z.strictObject({
    status: state,
    checks: z.strictObject({
      database: state,
      redis: state,
      queues: z.record(
        z.string(),
        z.union([
          z.strictObject({ waiting: z.number().int(), active: z.number().int(), failed: z.number().int() }),
          z.literal('down'),
        ]),
      ),
    }),
  }),
);
