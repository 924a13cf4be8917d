import {
  createSurveyRequestSchema,
  surveyListQuerySchema,
  surveyStatusRequestSchema,
  updateSurveyRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class CreateSurveyDto extends createZodDto(createSurveyRequestSchema) {}
export class UpdateSurveyDto extends createZodDto(updateSurveyRequestSchema) {}
export class SurveyStatusDto extends createZodDto(surveyStatusRequestSchema) {}
export class SurveyListQueryDto extends createZodDto(surveyListQuerySchema) {}
