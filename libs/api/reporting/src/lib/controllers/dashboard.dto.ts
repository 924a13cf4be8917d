import {
  dashboardQuerySchema,
  jpBelowTargetQuerySchema,
  jpRemindersSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class DashboardQueryDto extends createZodDto(dashboardQuerySchema) {}
export class JpBelowTargetQueryDto extends createZodDto(jpBelowTargetQuerySchema) {}
export class JpRemindersDto extends createZodDto(jpRemindersSchema) {}
