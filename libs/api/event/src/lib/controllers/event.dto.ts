import {
  createEventSchema,
  eventSeriesSchema,
  publicEventListQuerySchema,
  staffEventListQuerySchema,
  updateEventSchema,
  updateEventSeriesSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CreateEventDto extends createZodDto(createEventSchema) {}
export class UpdateEventDto extends createZodDto(updateEventSchema) {}
export class StaffEventListQueryDto extends createZodDto(staffEventListQuerySchema) {}
export class PublicEventListQueryDto extends createZodDto(publicEventListQuerySchema) {}
export class EventSeriesDto extends createZodDto(eventSeriesSchema) {}
export class UpdateEventSeriesDto extends createZodDto(updateEventSeriesSchema) {}

/** A cover's upload has no fields beside its file. */
export const eventCoverUploadFieldsSchema = z.strictObject({});
