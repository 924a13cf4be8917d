import { z } from 'zod';
import type { Page } from './common.types';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import {
  WEBINAR_AUDIENCE_KINDS,
  WEBINAR_ROOM_ROLES,
  WEBINAR_STAFF_ROLES,
  WEBINAR_STATUSES,
  type WebinarAttendanceLedger,
  type WebinarJoinTicket,
  type WebinarSession,
} from './webinar.types';

// The REST answers of the webinar domain; the room's socket messages have their own map.

const count = z.number().int();
const roomRole = z.enum(WEBINAR_ROOM_ROLES);

export const webinarSessionSchema = describes<WebinarSession>()(
  'WebinarSession',
  z.strictObject({
    id: uuidSchema,
    title: z.string(),
    description: z.string(),
    courseId: uuidSchema.nullable(),
    courseTitle: z.string().nullable(),
    audience: z.enum(WEBINAR_AUDIENCE_KINDS),
    cohortId: uuidSchema.nullable(),
    cohortName: z.string().nullable(),
    startsAt: timestamp,
    durationMinutes: count,
    timeZone: z.string(),
    jp: z.number(),
    capacity: count.nullable(),
    requireAdmission: z.boolean(),
    status: z.enum(WEBINAR_STATUSES),
    openedAt: timestamp.nullable(),
    endedAt: timestamp.nullable(),
    staff: z.array(z.strictObject({ userId: uuidSchema, name: z.string(), role: z.enum(WEBINAR_STAFF_ROLES) })),
    registeredCount: count,
    myRole: roomRole.nullable(),
    registered: z.boolean(),
    canManage: z.boolean(),
  }),
);

export const webinarSessionPageSchema = describes<Page<WebinarSession>>()(
  'WebinarSessionPage',
  pageOf(webinarSessionSchema),
);

export const webinarJoinTicketSchema = describes<WebinarJoinTicket>()(
  'WebinarJoinTicket',
  z.strictObject({
    token: z.string(),
    expiresAt: timestamp,
    role: roomRole,
    namespace: z.literal('/webinar'),
    iceServers: z.array(
      z.strictObject({
        urls: z.union([z.string(), z.array(z.string())]),
        username: z.string().optional(),
        credential: z.string().optional(),
      }),
    ),
    /** mediasoup's RtpCapabilities object, passed to Device.load() as it is. */
    routerRtpCapabilities: z.unknown(),
  }),
);

export const webinarAttendanceLedgerSchema = describes<WebinarAttendanceLedger>()(
  'WebinarAttendanceLedger',
  z.strictObject({
    sessionId: uuidSchema,
    scheduledMinutes: count,
    final: z.boolean(),
    rows: z.array(
      z.strictObject({
        userId: uuidSchema,
        name: z.string(),
        email: z.string(),
        role: roomRole,
        firstJoinedAt: timestamp,
        lastLeftAt: timestamp.nullable(),
        visits: count,
        minutes: z.number(),
        percent: z.number(),
      }),
    ),
  }),
);
