import {
  eventRegistrationListQuerySchema,
  eventTokenSchema,
  guestRegistrationSchema,
  memberRegistrationSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class GuestRegistrationDto extends createZodDto(guestRegistrationSchema) {}
export class MemberRegistrationDto extends createZodDto(memberRegistrationSchema) {}
export class EventTokenDto extends createZodDto(eventTokenSchema) {}
export class EventRegistrationListQueryDto extends createZodDto(eventRegistrationListQuerySchema) {}

/** A public event's slug (readable words and four random characters): anything else cannot name one. */
export class EventSlugDto extends createZodDto(z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,200}$/) })) {}
