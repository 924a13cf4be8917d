import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import type { Page } from './common.types';
import { INSTITUTION_KINDS } from './identity.types';
import { userRefSchema } from './learning.responses';
import { eventRegistrationCountsSchema } from './event-check-in.responses';
import {
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_PERSON_ROLES,
  EVENT_QUESTION_KINDS,
  EVENT_REGISTRATION_STATES,
  EVENT_STATUSES,
  EVENT_TIME_ZONES,
  type EventDetail,
  type EventSeries,
  type EventSummary,
  type PublicEvent,
  type StaffEventSummary,
} from './event.types';

/** The organising part's answers (events, their public page, reading-club series). */

const summaryFields = {
  id: uuidSchema,
  slug: z.string(),
  kind: z.enum(EVENT_KINDS),
  format: z.enum(EVENT_FORMATS),
  status: z.enum(EVENT_STATUSES),
  title: z.string(),
  summary: z.string(),
  coverUrl: z.string().nullable(),
  timeZone: z.enum(EVENT_TIME_ZONES),
  startsAt: timestamp,
  endsAt: timestamp,
  venueName: z.string().nullable(),
  city: z.string().nullable(),
  registration: z.enum(EVENT_REGISTRATION_STATES),
  seatsLeft: z.number().int().nullable(),
};

export const eventSummarySchema = describes<EventSummary>()('EventSummary', z.strictObject(summaryFields));
export const eventSummaryPageSchema = describes<Page<EventSummary>>()('EventSummaryPage', pageOf(eventSummarySchema));

export const staffEventSummarySchema = describes<StaffEventSummary>()(
  'StaffEventSummary',
  z.strictObject({ ...summaryFields, capacity: z.number().int().nullable(), counts: eventRegistrationCountsSchema }),
);
export const staffEventSummaryPageSchema = describes<Page<StaffEventSummary>>()(
  'StaffEventSummaryPage',
  pageOf(staffEventSummarySchema),
);

const personFields = {
  id: uuidSchema,
  role: z.enum(EVENT_PERSON_ROLES),
  name: z.string(),
  affiliation: z.string().nullable(),
};

const publicFields = {
  ...summaryFields,
  descriptionHtml: z.string(),
  days: z.array(z.strictObject({ startsAt: timestamp, endsAt: timestamp })),
  venue: z
    .strictObject({
      name: z.string(),
      address: z.string(),
      city: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    })
    .nullable(),
  programme: z.array(
    z.strictObject({
      day: z.number().int(),
      startsAt: z.string(),
      endsAt: z.string().nullable(),
      title: z.string(),
      by: z.string().nullable(),
    }),
  ),
  people: z.array(z.strictObject(personFields)),
  partners: z.array(
    z.strictObject({
      id: uuidSchema,
      name: z.string(),
      kind: z.enum(INSTITUTION_KINDS),
      logoUrl: z.string().nullable(),
    }),
  ),
  series: z.strictObject({ id: uuidSchema, title: z.string() }).nullable(),
  capacity: z.number().int().nullable(),
  registrationOpensAt: timestamp.nullable(),
  registrationClosesAt: timestamp.nullable(),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(EVENT_QUESTION_KINDS),
      label: z.string(),
      required: z.boolean(),
      options: z.array(z.string()),
    }),
  ),
  dataPurpose: z.string(),
  guestDataRetentionDays: z.number().int(),
};

export const publicEventSchema = describes<PublicEvent>()('PublicEvent', z.strictObject(publicFields));

export const eventDetailSchema = describes<EventDetail>()(
  'EventDetail',
  z.strictObject({
    ...publicFields,
    description: z.string(),
    people: z.array(
      z.strictObject({ ...personFields, userId: uuidSchema.nullable(), creditedHours: z.number().nullable() }),
    ),
    organisers: z.array(userRefSchema),
    webinarSessionId: uuidSchema.nullable(),
    counts: eventRegistrationCountsSchema,
    may: z.strictObject({
      edit: z.boolean(),
      publish: z.boolean(),
      cancel: z.boolean(),
      checkIn: z.boolean(),
      issueCertificates: z.boolean(),
    }),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const eventSeriesResponseSchema = describes<EventSeries>()(
  'EventSeries',
  z.strictObject({
    id: uuidSchema,
    title: z.string(),
    description: z.string(),
    schedule: z.strictObject({
      weekday: z.number().int(),
      weekOfMonth: z.number().int().nullable(),
      startTime: z.string(),
      endTime: z.string(),
      timeZone: z.enum(EVENT_TIME_ZONES),
    }),
    meetings: z.array(z.strictObject({ ...summaryFields, book: z.string().nullable() })),
    members: z.number().int(),
    attendance: z.array(z.strictObject({ meetingId: uuidSchema, arrived: z.number().int() })),
  }),
);
