import {
  publicSurveySubmissionSchema,
  surveyFormQuerySchema,
  surveySubmissionSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class SurveyFormQueryDto extends createZodDto(surveyFormQuerySchema) {}
export class SurveySubmissionDto extends createZodDto(surveySubmissionSchema) {}
export class PublicSurveySubmissionDto extends createZodDto(publicSurveySubmissionSchema) {}

/** A public survey's link key (APP_PATHS.publicSurvey): anything else cannot name one. */
export class PublicSurveySlugDto extends createZodDto(
  z.strictObject({ slug: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) }),
) {}
