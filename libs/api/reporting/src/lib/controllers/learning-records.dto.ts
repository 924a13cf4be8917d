import { learnerSearchQuerySchema } from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class LearnerSearchQueryDto extends createZodDto(learnerSearchQuerySchema) {}
