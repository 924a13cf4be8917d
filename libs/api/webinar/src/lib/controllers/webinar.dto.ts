import {
  createWebinarSessionRequestSchema,
  updateWebinarSessionRequestSchema,
  webinarSessionListQuerySchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class CreateWebinarSessionDto extends createZodDto(createWebinarSessionRequestSchema) {}
export class UpdateWebinarSessionDto extends createZodDto(updateWebinarSessionRequestSchema) {}
export class WebinarSessionListQueryDto extends createZodDto(webinarSessionListQuerySchema) {}
