import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import {
  ACTION_ITEM_STATUSES,
  FOCUS_GROUP_ROLES,
  FOCUS_GROUP_SESSION_MODES,
  FOCUS_GROUP_STATUSES,
  type ActionItem,
  type ActionItemPage,
  type FocusGroupDetail,
  type FocusGroupFinding,
  type FocusGroupSession,
  type FocusGroupSummary,
} from './focus-group.types';
import type { Page } from './common.types';
import { userRefSchema } from './learning.responses';

export const focusGroupSummarySchema = describes<FocusGroupSummary>()(
  'FocusGroupSummary',
  z.strictObject({
    id: uuidSchema,
    topic: z.string(),
    status: z.enum(FOCUS_GROUP_STATUSES),
    facilitators: z.array(userRefSchema),
    memberCount: z.number().int(),
    nextSessionAt: timestamp.nullable(),
    openActionCount: z.number().int(),
    myRole: z.enum(FOCUS_GROUP_ROLES).nullable(),
    createdAt: timestamp,
  }),
);

export const focusGroupSummaryPageSchema = describes<Page<FocusGroupSummary>>()(
  'FocusGroupSummaryPage',
  pageOf(focusGroupSummarySchema),
);

export const focusGroupSessionSchema = describes<FocusGroupSession>()(
  'FocusGroupSession',
  z.strictObject({
    id: uuidSchema,
    title: z.string(),
    startsAt: timestamp,
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    mode: z.enum(FOCUS_GROUP_SESSION_MODES),
    location: z.string().nullable(),
    webinarSessionId: uuidSchema.nullable(),
    cancelled: z.boolean(),
    notesHtml: z.string(),
    notesMarkdown: z.string().nullable(),
    notesUpdatedAt: timestamp.nullable(),
    notesUpdatedBy: userRefSchema.nullable(),
  }),
);

export const focusGroupFindingSchema = describes<FocusGroupFinding>()(
  'FocusGroupFinding',
  z.strictObject({
    id: uuidSchema,
    challenge: z.string(),
    tag: z.string(),
    raisedByCount: z.number().int(),
    sessionId: uuidSchema.nullable(),
    createdAt: timestamp,
  }),
);

export const actionItemSchema = describes<ActionItem>()(
  'ActionItem',
  z.strictObject({
    id: uuidSchema,
    groupId: uuidSchema,
    groupTopic: z.string(),
    findingId: uuidSchema.nullable(),
    what: z.string(),
    owner: userRefSchema,
    dueOn: z.iso.date(),
    status: z.enum(ACTION_ITEM_STATUSES),
    overdue: z.boolean(),
    updatedAt: timestamp,
  }),
);

export const actionItemPageSchema = describes<ActionItemPage>()('ActionItemPage', pageOf(actionItemSchema));

export const focusGroupDetailSchema = describes<FocusGroupDetail>()(
  'FocusGroupDetail',
  z.strictObject({
    id: uuidSchema,
    topic: z.string(),
    purpose: z.string(),
    status: z.enum(FOCUS_GROUP_STATUSES),
    allowAnonymous: z.boolean(),
    forumId: uuidSchema,
    people: z.array(z.strictObject({ user: userRefSchema, role: z.enum(FOCUS_GROUP_ROLES), addedAt: timestamp })),
    sessions: z.array(focusGroupSessionSchema),
    findings: z.array(focusGroupFindingSchema),
    actionItems: z.array(actionItemSchema),
    createdBy: userRefSchema,
    createdAt: timestamp,
    myRole: z.enum(FOCUS_GROUP_ROLES).nullable(),
    may: z.strictObject({ manage: z.boolean(), postAnonymously: z.boolean() }),
  }),
);
