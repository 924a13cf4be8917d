import { z } from 'zod';
import { isoDateTime, pageQuerySchema, timeZoneSchema, uuidSchema } from './common.schemas';
import {
  WEBINAR_MEDIA_SOURCES,
  WEBINAR_NETWORK_QUALITIES,
  WEBINAR_OPEN_AUDIENCES,
  WEBINAR_STAFF_ROLES,
  WEBINAR_STATUSES,
  type WebinarClientMessage,
  type WebinarClientPayloads,
} from './webinar.types';

const staffSchema = z
  .array(z.strictObject({ userId: uuidSchema, role: z.enum(WEBINAR_STAFF_ROLES) }))
  .max(30)
  .refine((staff) => new Set(staff.map((member) => member.userId)).size === staff.length, {
    message: 'validation.webinarStaffTwice',
  });

const sessionFields = {
  title: z.string().trim().min(3).max(160),
  description: z.string().trim().max(5_000).default(''),
  courseId: uuidSchema.nullable().default(null),
  audience: z.enum(WEBINAR_OPEN_AUDIENCES),
  cohortId: uuidSchema.nullable().default(null),
  startsAt: isoDateTime,
  durationMinutes: z
    .number()
    .int()
    .min(15)
    .max(8 * 60),
  timeZone: timeZoneSchema.default('Asia/Jakarta'),
  jp: z.number().int().min(0).max(20),
  capacity: z.number().int().min(2).max(10_000).nullable().default(null),
  requireAdmission: z.boolean().default(false),
  /** Hosts, presenters (narasumber) and moderators; the author is a host unless listed otherwise. */
  staff: staffSchema.default([]),
};

/** The audience must say what it points at: a cohort needs cohortId, a course audience needs courseId. */
function audienceComplete(
  session: { audience?: string; cohortId?: string | null; courseId?: string | null },
  context: z.RefinementCtx,
): void {
  if (session.audience === 'cohort' && !session.cohortId) {
    context.addIssue({ code: 'custom', path: ['cohortId'], message: 'validation.webinarCohortNeeded' });
  }
  if (session.audience === 'course' && !session.courseId) {
    context.addIssue({ code: 'custom', path: ['courseId'], message: 'validation.webinarCourseNeeded' });
  }
}

export const createWebinarSessionRequestSchema = z.strictObject(sessionFields).superRefine(audienceComplete);

export const updateWebinarSessionRequestSchema = z
  .strictObject({
    title: sessionFields.title.optional(),
    description: z.string().trim().max(5_000).optional(),
    courseId: uuidSchema.nullable().optional(),
    audience: z.enum(WEBINAR_OPEN_AUDIENCES).optional(),
    cohortId: uuidSchema.nullable().optional(),
    startsAt: isoDateTime.optional(),
    durationMinutes: sessionFields.durationMinutes.optional(),
    timeZone: timeZoneSchema.optional(),
    jp: sessionFields.jp.optional(),
    capacity: z.number().int().min(2).max(10_000).nullable().optional(),
    requireAdmission: z.boolean().optional(),
    staff: staffSchema.optional(),
  })
  .superRefine(audienceComplete);

export const webinarSessionListQuerySchema = pageQuerySchema.extend({
  /** upcoming: not ended, by start; past: ended or cancelled, newest first. */
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  status: z.enum(WEBINAR_STATUSES).optional(),
  courseId: uuidSchema.optional(),
  /** Only sessions I host, present or moderate. */
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

// ---- Room messages ---------------------------------------------------------------------

/** mediasoup's own objects (RTP/DTLS parameters): checked for shape by mediasoup itself, bounded here. */
const mediasoupObject = z.record(z.string(), z.unknown()).refine((value) => JSON.stringify(value).length <= 20_000, {
  message: 'validation.tooLarge',
});
const id = z.string().min(1).max(64);
const chatText = z.string().trim().min(1).max(1_000);
const empty = z.strictObject({});

/** One schema per client message of the /webinar namespace. */
export const webinarClientMessageSchemas = {
  'room:join': z.strictObject({ rtpCapabilities: mediasoupObject }),
  'transport:create': z.strictObject({ direction: z.enum(['send', 'recv']) }),
  'transport:connect': z.strictObject({ transportId: id, dtlsParameters: mediasoupObject }),
  'media:produce': z.strictObject({
    transportId: id,
    kind: z.enum(['audio', 'video']),
    source: z.enum(WEBINAR_MEDIA_SOURCES),
    rtpParameters: mediasoupObject,
  }),
  'media:closeProducer': z.strictObject({ producerId: id }),
  'media:pauseProducer': z.strictObject({ producerId: id }),
  'media:resumeProducer': z.strictObject({ producerId: id }),
  'media:consume': z.strictObject({ transportId: id, producerId: id }),
  'media:resumeConsumer': z.strictObject({ consumerId: id }),
  'media:pauseConsumer': z.strictObject({ consumerId: id }),
  'media:preferLayers': z.strictObject({
    consumerId: id,
    spatialLayer: z.number().int().min(0).max(2),
    temporalLayer: z.number().int().min(0).max(2).optional(),
  }),
  'chat:send': z.strictObject({ body: chatText }),
  'chat:delete': z.strictObject({ messageId: uuidSchema }),
  'qa:ask': z.strictObject({ body: chatText }),
  'qa:upvote': z.strictObject({ questionId: uuidSchema }),
  'qa:answered': z.strictObject({ questionId: uuidSchema }),
  'hand:raise': empty,
  'hand:lower': z.strictObject({ userId: uuidSchema.optional() }),
  'network:report': z.strictObject({ quality: z.enum(WEBINAR_NETWORK_QUALITIES) }),
  'poll:create': z.strictObject({
    question: z.string().trim().min(3).max(300),
    options: z.array(z.string().trim().min(1).max(120)).min(2).max(6),
  }),
  'poll:vote': z.strictObject({ pollId: uuidSchema, option: z.number().int().min(0).max(5) }),
  'poll:close': z.strictObject({ pollId: uuidSchema }),
  'host:admit': z.strictObject({ userId: uuidSchema }),
  'host:deny': z.strictObject({ userId: uuidSchema }),
  'host:mute': z.strictObject({ userId: uuidSchema.optional() }),
  'host:stopVideo': z.strictObject({ userId: uuidSchema }),
  'host:allowSpeak': z.strictObject({ userId: uuidSchema, allowed: z.boolean() }),
  'host:setRole': z.strictObject({ userId: uuidSchema, role: z.enum(['presenter', 'moderator', 'attendee']) }),
  'host:remove': z.strictObject({ userId: uuidSchema }),
  'host:lockChat': z.strictObject({ locked: z.boolean() }),
  'host:end': empty,
} satisfies { [Message in WebinarClientMessage]: z.ZodType<WebinarClientPayloads[Message]> };

/** The socket.io handshake's `auth` object: the ticket and the session it is meant for. */
export const webinarHandshakeSchema = z.object({ token: z.string().min(20).max(2_000), sessionId: uuidSchema });
