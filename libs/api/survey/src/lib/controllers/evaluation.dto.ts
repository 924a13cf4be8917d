import { courseEvaluationRequestSchema, webinarEvaluationRequestSchema } from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class CourseEvaluationDto extends createZodDto(courseEvaluationRequestSchema) {}
export class WebinarEvaluationDto extends createZodDto(webinarEvaluationRequestSchema) {}
