import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import type { Page } from './common.types';
import {
  EVENT_CHECK_IN_METHODS,
  EVENT_FORMATS,
  EVENT_REGISTRATION_STATUSES,
  EVENT_TIME_ZONES,
  type EventRegistration,
  type EventConfirmation,
  type EventRegistrationResult,
  type EventTicket,
} from './event.types';

/** The registration stage's answers (event.types.ts "Registration"). */
export const eventRegistrationResultSchema = describes<EventRegistrationResult>()(
  'EventRegistrationResult',
  z.strictObject({
    status: z.enum(EVENT_REGISTRATION_STATUSES),
    waitlistPosition: z.number().int().nullable(),
    message: z.string(),
  }),
);

export const eventConfirmationSchema = describes<EventConfirmation>()(
  'EventConfirmation',
  eventRegistrationResultSchema.extend({ ticketToken: z.string() }),
);

export const eventTicketSchema = describes<EventTicket>()(
  'EventTicket',
  z.strictObject({
    event: z.strictObject({
      slug: z.string(),
      title: z.string(),
      timeZone: z.enum(EVENT_TIME_ZONES),
      startsAt: timestamp,
      endsAt: timestamp,
      venueName: z.string().nullable(),
      format: z.enum(EVENT_FORMATS),
    }),
    holderName: z.string(),
    status: z.enum(EVENT_REGISTRATION_STATUSES),
    waitlistPosition: z.number().int().nullable(),
    ticketCode: z.string().nullable(),
    ticketQr: z.strictObject({ size: z.number().int(), path: z.string() }).nullable(),
    checkedInAt: timestamp.nullable(),
    joinUrl: z.string().nullable(),
  }),
);

export const eventRegistrationSchema = describes<EventRegistration>()(
  'EventRegistration',
  z.strictObject({
    id: uuidSchema,
    status: z.enum(EVENT_REGISTRATION_STATUSES),
    name: z.string(),
    email: z.string(),
    whatsapp: z.string().nullable(),
    affiliation: z.string().nullable(),
    userId: uuidSchema.nullable(),
    answers: z.record(z.string(), z.string()),
    registeredAt: timestamp,
    confirmedAt: timestamp.nullable(),
    waitlistPosition: z.number().int().nullable(),
    checkedInAt: timestamp.nullable(),
    checkInMethod: z.enum(EVENT_CHECK_IN_METHODS).nullable(),
    onlineMinutes: z.number().int().nullable(),
  }),
);

export const eventRegistrationPageSchema = describes<Page<EventRegistration>>()(
  'EventRegistrationPage',
  pageOf(eventRegistrationSchema),
);
