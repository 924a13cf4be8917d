import { z } from 'zod';
import { emailSchema, isoDateTime, pageQuerySchema, personNameSchema, uuidSchema } from './common.schemas';
import {
  EVENT_CAPACITY_MAX,
  EVENT_CHECK_INS_MAX,
  EVENT_DAYS_MAX,
  EVENT_DESCRIPTION_MAX,
  EVENT_FORMATS,
  EVENT_GUEST_RETENTION_DEFAULT_DAYS,
  EVENT_KINDS,
  EVENT_PARTNERS_MAX,
  EVENT_PEOPLE_MAX,
  EVENT_PERSON_ROLES,
  EVENT_PROGRAMME_MAX,
  EVENT_QUESTIONS_MAX,
  EVENT_REGISTRATION_STATUSES,
  EVENT_SUMMARY_MAX,
  EVENT_TIME_PATTERN,
  EVENT_TIME_ZONES,
  EVENT_TITLE_MAX,
} from './event.types';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const clock = z.string().regex(EVENT_TIME_PATTERN, { message: 'validation.eventTime' });

const day = z
  .strictObject({ startsAt: isoDateTime, endsAt: isoDateTime })
  .refine((d) => Date.parse(d.endsAt) > Date.parse(d.startsAt), {
    message: 'validation.eventDayOrder',
    path: ['endsAt'],
  });

const venue = z.strictObject({
  name: text(160),
  address: text(300),
  city: optionalText(80),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
});

const programmeItem = z.strictObject({
  day: z
    .number()
    .int()
    .min(0)
    .max(EVENT_DAYS_MAX - 1),
  startsAt: clock,
  endsAt: clock.nullable().default(null),
  title: text(200),
  by: optionalText(160),
});

const person = z
  .strictObject({
    role: z.enum(EVENT_PERSON_ROLES),
    userId: uuidSchema.nullable().default(null),
    name: personNameSchema,
    affiliation: optionalText(160),
    creditedHours: z.number().min(0.5).max(200).multipleOf(0.25).nullable().default(null),
  })
  // Hours are credited to a learning record: only a facilitating librarian with an account has one.
  .refine((p) => p.creditedHours === null || (p.role === 'facilitator' && p.userId !== null), {
    message: 'validation.eventCreditedHours',
    path: ['creditedHours'],
  });

const question = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,20}$/, { message: 'validation.eventQuestionId' }),
    kind: z.enum(['short-text', 'single-choice']),
    label: text(200),
    required: z.boolean().default(false),
    options: z.array(text(100)).max(12).default([]),
  })
  .refine((q) => (q.kind === 'single-choice' ? q.options.length >= 2 : q.options.length === 0), {
    message: 'validation.eventQuestionOptions',
    path: ['options'],
  });

/**
 * Everything an organiser writes about an event; partners and organisers by id. No defaults
 * here: zod applies a default inside an optional field too, and a change (PATCH) must leave
 * what it does not name as it is. The create schema adds them.
 */
const eventFields = {
  kind: z.enum(EVENT_KINDS),
  format: z.enum(EVENT_FORMATS),
  title: text(EVENT_TITLE_MAX),
  summary: z.string().trim().max(EVENT_SUMMARY_MAX),
  description: z.string().max(EVENT_DESCRIPTION_MAX),
  timeZone: z.enum(EVENT_TIME_ZONES),
  days: z.array(day).min(1).max(EVENT_DAYS_MAX),
  venue: venue.nullable(),
  programme: z.array(programmeItem).max(EVENT_PROGRAMME_MAX),
  people: z.array(person).max(EVENT_PEOPLE_MAX),
  partnerIds: z.array(uuidSchema).max(EVENT_PARTNERS_MAX),
  organiserIds: z.array(uuidSchema).max(20),
  capacity: z.number().int().min(1).max(EVENT_CAPACITY_MAX).nullable(),
  registrationOpensAt: isoDateTime.nullable(),
  registrationClosesAt: isoDateTime.nullable(),
  questions: z.array(question).max(EVENT_QUESTIONS_MAX),
  dataPurpose: text(1000),
  guestDataRetentionDays: z.number().int().min(30).max(3650),
  seriesId: uuidSchema.nullable(),
  book: z.string().trim().max(200).nullable(),
  /**
   * Online and hybrid: a webinar session the organiser manages, picked as the event's room
   * (null: the event makes its own when it is published).
   */
  webinarSessionId: uuidSchema.nullable(),
};

type EventFields = {
  format: string;
  venue: unknown;
  days: { startsAt: string; endsAt: string }[];
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  questions: { id: string }[];
  webinarSessionId?: string | null;
};

/** The rules across fields, for creating and (on the merged result) changing an event. */
export function checkEventFields(event: EventFields, issue: (message: string, path: string) => void): void {
  if (event.format !== 'online' && event.venue === null) issue('validation.eventVenueRequired', 'venue');
  if (event.format === 'in-person' && event.webinarSessionId)
    issue('validation.eventWebinarInPerson', 'webinarSessionId');
  const starts = event.days.map((d) => Date.parse(d.startsAt));
  if (starts.some((start, index) => index > 0 && start < Date.parse(event.days[index - 1].endsAt))) {
    issue('validation.eventDaysOverlap', 'days');
  }
  const { registrationOpensAt: opens, registrationClosesAt: closes } = event;
  if (opens && closes && Date.parse(closes) <= Date.parse(opens)) {
    issue('validation.eventRegistrationOrder', 'registrationClosesAt');
  }
  const lastEnd = Date.parse(event.days[event.days.length - 1]?.endsAt ?? '');
  if (closes && Date.parse(closes) > lastEnd) issue('validation.eventRegistrationAfterEnd', 'registrationClosesAt');
  const ids = event.questions.map((q) => q.id);
  if (new Set(ids).size !== ids.length) issue('validation.eventQuestionIdsUnique', 'questions');
}

export const createEventSchema = z
  .strictObject({
    ...eventFields,
    summary: eventFields.summary.default(''),
    description: eventFields.description.default(''),
    timeZone: eventFields.timeZone.default('Asia/Jakarta'),
    venue: eventFields.venue.default(null),
    programme: eventFields.programme.default([]),
    people: eventFields.people.default([]),
    partnerIds: eventFields.partnerIds.default([]),
    organiserIds: eventFields.organiserIds.default([]),
    capacity: eventFields.capacity.default(null),
    registrationOpensAt: eventFields.registrationOpensAt.default(null),
    registrationClosesAt: eventFields.registrationClosesAt.default(null),
    questions: eventFields.questions.default([]),
    guestDataRetentionDays: eventFields.guestDataRetentionDays.default(EVENT_GUEST_RETENTION_DEFAULT_DAYS),
    seriesId: eventFields.seriesId.default(null),
    book: eventFields.book.default(null),
    webinarSessionId: eventFields.webinarSessionId.default(null),
  })
  .superRefine((event, ctx) =>
    checkEventFields(event, (message, path) => ctx.addIssue({ code: 'custom', message, path: [path] })),
  );

/** A change: any of the fields, the others left as they are; the service checks the cross-field rules on the merged event. */
export const updateEventSchema = z
  .strictObject(eventFields)
  .partial()
  .refine((change) => Object.keys(change).length > 0, { message: 'validation.eventNothingToChange' });

export const publicEventListQuerySchema = pageQuerySchema.extend({
  kind: z.enum(EVENT_KINDS).optional(),
  from: z.iso.date({ error: 'validation.date' }).optional(),
  to: z.iso.date({ error: 'validation.date' }).optional(),
});

export const staffEventListQuerySchema = publicEventListQuerySchema.extend({
  status: z.enum(['draft', 'published', 'cancelled']).optional(),
  q: z.string().trim().max(100).optional(),
});

/** Indonesian mobile numbers as people write them: 08..., 628..., +628..., spaces and dashes allowed. */
export const whatsappSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^(\+62|62|0)8\d{7,12}$/, { message: 'validation.whatsapp' }))
  .transform((value) => value.replace(/^(\+62|62|0)/, '+62'));

/** Answers to the organiser's questions, by question id (the api checks them against the event's questions). */
const registrationAnswersSchema = z
  .record(z.string().regex(/^[a-z0-9-]{1,20}$/), z.string().trim().max(500))
  .default({});

export const guestRegistrationSchema = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  whatsapp: whatsappSchema.optional(),
  affiliation: z.string().trim().max(160).optional(),
  answers: registrationAnswersSchema,
  consent: z.literal(true, { error: 'validation.eventConsent' }),
  /** The honeypot: people leave it empty. */
  website: z.string().max(200).optional(),
});

/**
 * A member's one click: their account gives the name and email, the body only the answers
 * to the organiser's questions (none sent when the event asks none).
 */
export const memberRegistrationSchema = z.strictObject({ answers: registrationAnswersSchema }).prefault({});

/** A walk-in at the door: registered and checked in at once by staff. */
export const walkInSchema = z.strictObject({
  name: personNameSchema,
  email: emailSchema.optional(),
  whatsapp: whatsappSchema.optional(),
  affiliation: z.string().trim().max(160).optional(),
  scanId: uuidSchema,
  at: isoDateTime,
});

/** A signed token from an email link (confirm, ticket, cancel, erase): base64url, bounded. */
export const eventTokenSchema = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(400)
    .regex(/^[A-Za-z0-9_.-]+$/, { message: 'validation.eventToken' }),
});

export const eventCheckInsSchema = z.strictObject({
  checkIns: z
    .array(
      z
        .strictObject({
          scanId: uuidSchema,
          ticketCode: z
            .string()
            .max(200)
            .regex(/^[A-Za-z0-9_-]+$/, { message: 'validation.eventTicketCode' })
            .optional(),
          registrationId: uuidSchema.optional(),
          at: isoDateTime,
        })
        .refine((scan) => (scan.ticketCode === undefined) !== (scan.registrationId === undefined), {
          message: 'validation.eventCheckInTarget',
        }),
    )
    .min(1)
    .max(EVENT_CHECK_INS_MAX),
});

export const eventRegistrationListQuerySchema = pageQuerySchema.extend({
  status: z.enum(EVENT_REGISTRATION_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
});

export const eventSeriesSchema = z.strictObject({
  title: text(EVENT_TITLE_MAX),
  description: z.string().max(EVENT_DESCRIPTION_MAX).default(''),
  schedule: z.strictObject({
    weekday: z.number().int().min(0).max(6),
    weekOfMonth: z.number().int().min(1).max(5).nullable().default(null),
    startTime: clock,
    endTime: clock,
    timeZone: z.enum(EVENT_TIME_ZONES).default('Asia/Jakarta'),
  }),
});

/** A change to a series: what it names (a schedule sent is the whole schedule), the rest left as it is. */
export const updateEventSeriesSchema = z
  .strictObject({
    title: eventSeriesSchema.shape.title.optional(),
    description: z.string().max(EVENT_DESCRIPTION_MAX).optional(),
    schedule: eventSeriesSchema.shape.schedule.optional(),
  })
  .refine((change) => Object.keys(change).length > 0, { message: 'validation.eventNothingToChange' });
