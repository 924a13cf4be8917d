import { ikmQuerySchema, surveyResultsQuerySchema } from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class SurveyResultsQueryDto extends createZodDto(surveyResultsQuerySchema) {}
export class IkmQueryDto extends createZodDto(ikmQuerySchema) {}
