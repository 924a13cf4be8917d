import { pageViewSchema, visitReportQuerySchema } from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class PageViewDto extends createZodDto(pageViewSchema) {}
export class VisitReportQueryDto extends createZodDto(visitReportQuerySchema) {}
