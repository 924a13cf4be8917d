import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes } from './common.responses';
import {
  EVENT_CERTIFICATE_ROLES,
  type EventCertificateRoleOutcome,
  type EventCertificatesResult,
} from './event-after.types';

/** The attendance export: those who came, or (`all=true`) every live registration. */
export const eventAttendanceQuerySchema = z.strictObject({
  all: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

/** Certificates for an event: which template, which roles. */
export const eventCertificatesSchema = z.strictObject({
  templateId: uuidSchema,
  roles: z
    .array(z.enum(EVENT_CERTIFICATE_ROLES))
    .min(1)
    .max(EVENT_CERTIFICATE_ROLES.length)
    .transform((roles) => [...new Set(roles)]),
  /** Online and hybrid: a member who was in the webinar room at least this share of it counts as a participant. */
  minOnlinePercent: z.number().int().min(1).max(100).default(80),
});

const count = z.number().int();

export const eventCertificatesResultSchema = describes<EventCertificatesResult>()(
  'EventCertificatesResult',
  z.strictObject({
    roles: z.array(
      describes<EventCertificateRoleOutcome>()(
        'EventCertificateRoleOutcome',
        z.strictObject({
          role: z.enum(EVENT_CERTIFICATE_ROLES),
          people: count,
          skipped: count,
          queued: count,
          alreadyHeld: count,
        }),
      ),
    ),
    creditedFacilitators: count,
  }),
);
