import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, timestamp } from './common.responses';
import {
  EVENT_REGISTRATION_STATUSES,
  EVENT_SCAN_OUTCOMES,
  type EventCheckInOutcome,
  type EventCheckInsResult,
  type EventRegistrationCounts,
  type EventRoster,
} from './event.types';

const count = z.number().int();

export const eventRegistrationCountsSchema = describes<EventRegistrationCounts>()(
  'EventRegistrationCounts',
  z.strictObject({
    confirmed: count,
    unconfirmed: count,
    waitlisted: count,
    cancelled: count,
    arrived: count,
    walkIns: count,
  }),
);

export const eventRosterSchema = describes<EventRoster>()(
  'EventRoster',
  z.strictObject({
    eventId: uuidSchema,
    entries: z.array(
      z.strictObject({
        registrationId: uuidSchema,
        status: z.enum(EVENT_REGISTRATION_STATUSES),
        name: z.string(),
        affiliation: z.string().nullable(),
        codeHash: z.string().nullable(),
        checkedInAt: timestamp.nullable(),
      }),
    ),
    counts: eventRegistrationCountsSchema,
  }),
);

export const eventCheckInOutcomeSchema = describes<EventCheckInOutcome>()(
  'EventCheckInOutcome',
  z.strictObject({
    scanId: uuidSchema,
    outcome: z.enum(EVENT_SCAN_OUTCOMES),
    registrationId: uuidSchema.nullable(),
    name: z.string().nullable(),
    firstCheckedInAt: timestamp.nullable(),
    firstCheckedInBy: z.string().nullable(),
  }),
);

export const eventCheckInsResultSchema = describes<EventCheckInsResult>()(
  'EventCheckInsResult',
  z.strictObject({ outcomes: z.array(eventCheckInOutcomeSchema), counts: eventRegistrationCountsSchema }),
);
