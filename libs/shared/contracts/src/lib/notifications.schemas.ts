import { z } from 'zod';
import { uuidSchema } from './common.schemas';

/** Marks these notifications read, or all of mine when `ids` is left out. */
export const markNotificationsReadRequestSchema = z.strictObject({
  ids: z.array(uuidSchema).min(1).max(100).optional(),
});
