import { eventAttendanceQuerySchema, eventCertificatesSchema } from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class EventAttendanceQueryDto extends createZodDto(eventAttendanceQuerySchema) {}
export class EventCertificatesDto extends createZodDto(eventCertificatesSchema) {}
