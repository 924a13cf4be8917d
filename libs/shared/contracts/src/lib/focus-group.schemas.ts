import { z } from 'zod';
import { isoDateTime, pageQuerySchema, timeZoneSchema, uuidSchema } from './common.schemas';
import {
  ACTION_ITEM_STATUSES,
  FOCUS_GROUP_MEMBERS_MAX,
  FOCUS_GROUP_NOTES_MAX,
  FOCUS_GROUP_ROLES,
  FOCUS_GROUP_SESSION_MODES,
  FOCUS_GROUP_STATUSES,
  FOCUS_GROUP_TEXT_MAX,
  FOCUS_GROUP_TOPIC_MAX,
} from './focus-group.types';

const topic = z.string().trim().min(5).max(FOCUS_GROUP_TOPIC_MAX);
const purpose = z.string().trim().min(10).max(FOCUS_GROUP_TEXT_MAX);
const userIds = z
  .array(uuidSchema)
  .min(1)
  .max(FOCUS_GROUP_MEMBERS_MAX)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.focusGroupPersonTwice' });

export const createFocusGroupRequestSchema = z.strictObject({
  topic,
  purpose,
  allowAnonymous: z.boolean().default(false),
  /** At least one facilitator; the coordinator who creates the group may be one of them. */
  facilitatorIds: userIds,
  memberIds: z
    .array(uuidSchema)
    .max(FOCUS_GROUP_MEMBERS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.focusGroupPersonTwice' })
    .default([]),
});

export const updateFocusGroupRequestSchema = z.strictObject({
  topic: topic.optional(),
  purpose: purpose.optional(),
  allowAnonymous: z.boolean().optional(),
  status: z.enum(FOCUS_GROUP_STATUSES).optional(),
});

export const focusGroupListQuerySchema = pageQuerySchema.extend({
  status: z.enum(FOCUS_GROUP_STATUSES).optional(),
});

export const addFocusGroupPeopleRequestSchema = z.strictObject({
  userIds,
  role: z.enum(FOCUS_GROUP_ROLES).default('member'),
});

export const changeFocusGroupRoleRequestSchema = z.strictObject({ role: z.enum(FOCUS_GROUP_ROLES) });

/** The people picker: active accounts by name. */
export const focusGroupPeopleQuerySchema = z.strictObject({ q: z.string().trim().min(1).max(60) });

const sessionFields = {
  title: z.string().trim().min(3).max(FOCUS_GROUP_TOPIC_MAX),
  startsAt: isoDateTime,
  durationMinutes: z
    .number()
    .int()
    .min(15)
    .max(8 * 60),
  timeZone: timeZoneSchema.default('Asia/Jakarta'),
  mode: z.enum(FOCUS_GROUP_SESSION_MODES),
  location: z.string().trim().min(3).max(300).nullable().default(null),
};

/** An in-person session says where; an online one gets its webinar room instead. */
function placeComplete(session: { mode?: string; location?: string | null }, context: z.RefinementCtx): void {
  if (session.mode === 'in-person' && !session.location) {
    context.addIssue({ code: 'custom', path: ['location'], message: 'validation.focusGroupLocationNeeded' });
  }
}

export const createFocusGroupSessionRequestSchema = z.strictObject(sessionFields).superRefine(placeComplete);

export const updateFocusGroupSessionRequestSchema = z
  .strictObject({
    title: sessionFields.title.optional(),
    startsAt: isoDateTime.optional(),
    durationMinutes: sessionFields.durationMinutes.optional(),
    timeZone: timeZoneSchema.optional(),
    location: z.string().trim().min(3).max(300).nullable().optional(),
    cancelled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'validation.focusGroupNothingToChange' });

/** The facilitator's notes of a session, in Markdown (sanitized like lessons). */
export const focusGroupNotesRequestSchema = z.strictObject({
  notesMarkdown: z.string().trim().max(FOCUS_GROUP_NOTES_MAX),
});

const findingFields = {
  challenge: z.string().trim().min(5).max(1_000),
  tag: z.string().trim().min(2).max(40),
  raisedByCount: z.number().int().min(1).max(FOCUS_GROUP_MEMBERS_MAX),
  sessionId: uuidSchema.nullable().default(null),
};

export const createFocusGroupFindingRequestSchema = z.strictObject(findingFields);

export const updateFocusGroupFindingRequestSchema = z.strictObject({
  challenge: findingFields.challenge.optional(),
  tag: findingFields.tag.optional(),
  raisedByCount: findingFields.raisedByCount.optional(),
  sessionId: uuidSchema.nullable().optional(),
});

const dueOn = z.iso.date({ error: 'validation.date' });

export const createActionItemRequestSchema = z.strictObject({
  what: z.string().trim().min(5).max(1_000),
  ownerId: uuidSchema,
  dueOn,
  findingId: uuidSchema.nullable().default(null),
});

export const updateActionItemRequestSchema = z
  .strictObject({
    what: z.string().trim().min(5).max(1_000).optional(),
    ownerId: uuidSchema.optional(),
    dueOn: dueOn.optional(),
    findingId: uuidSchema.nullable().optional(),
    status: z.enum(ACTION_ITEM_STATUSES).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'validation.focusGroupNothingToChange' });

/** Action items across every group (coordinators and admins). */
export const actionItemListQuerySchema = pageQuerySchema.extend({
  status: z.enum(ACTION_ITEM_STATUSES).optional(),
  groupId: uuidSchema.optional(),
  /** Only those past their due date and not done or cancelled. */
  overdue: z.stringbool().optional(),
});
