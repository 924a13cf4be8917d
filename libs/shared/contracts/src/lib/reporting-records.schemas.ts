import { z } from 'zod';
import { pageQuerySchema, uuidSchema } from './common.schemas';

/** The coordinator's search for a librarian: name, email or NIP, optionally one institution. */
export const learnerSearchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  institutionId: uuidSchema.optional(),
});
export type LearnerSearchQuery = z.infer<typeof learnerSearchQuerySchema>;
