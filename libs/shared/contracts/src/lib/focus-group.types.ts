import type { Page } from './common.types';
import type { UserRef } from './learning.types';

/**
 * Focus groups (_Diskusi Fokus_): a coordinator gathers a few librarians to hear, in depth,
 * the challenges of their work. The group has a private forum (threads with the forum's
 * machinery), sessions in person or online (a webinar room only its people may enter), the
 * facilitator's notes of each session (_notulen_), findings (_temuan_) and action items
 * (_tindak lanjut_) the coordinators follow across all groups, and a PDF summary.
 */
export const FOCUS_GROUP_STATUSES = ['active', 'closed'] as const;
export type FocusGroupStatus = (typeof FOCUS_GROUP_STATUSES)[number];

/** A person's place in a group; coordinators and admins see and run every group without one. */
export const FOCUS_GROUP_ROLES = ['facilitator', 'member'] as const;
export type FocusGroupRole = (typeof FOCUS_GROUP_ROLES)[number];

export const FOCUS_GROUP_SESSION_MODES = ['in-person', 'online'] as const;
export type FocusGroupSessionMode = (typeof FOCUS_GROUP_SESSION_MODES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const FOCUS_GROUP_TOPIC_MAX = 160;
export const FOCUS_GROUP_TEXT_MAX = 5_000;
export const FOCUS_GROUP_NOTES_MAX = 50_000;
export const FOCUS_GROUP_MEMBERS_MAX = 60;

/** What the viewer may do in a group. */
export interface FocusGroupAbilities {
  /** Change topic, purpose, people, sessions, findings and action items; write notes. */
  manage: boolean;
  /** Post anonymously to the other members (when the group allows it). */
  postAnonymously: boolean;
}

export interface FocusGroupSummary {
  id: string;
  topic: string;
  status: FocusGroupStatus;
  facilitators: UserRef[];
  memberCount: number;
  /** The next session that has not ended (null when none is planned). */
  nextSessionAt: string | null;
  openActionCount: number;
  /** The viewer's place (null for a coordinator or admin who is not in it). */
  myRole: FocusGroupRole | null;
  createdAt: string;
}

export interface FocusGroupPerson {
  user: UserRef;
  role: FocusGroupRole;
  addedAt: string;
}

export interface FocusGroupSession {
  id: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  /** IANA zone the session is announced in (Asia/Jakarta by default). */
  timeZone: string;
  mode: FocusGroupSessionMode;
  /** In person: where (a room of the library, an address). */
  location: string | null;
  /** Online: the webinar session whose room only the group's people may enter. */
  webinarSessionId: string | null;
  cancelled: boolean;
  /** The facilitator's notes (_notulen_), sanitized HTML; empty until written. */
  notesHtml: string;
  /** The notes' Markdown source, only to those who may write them (else null). */
  notesMarkdown: string | null;
  notesUpdatedAt: string | null;
  notesUpdatedBy: UserRef | null;
}

/** A challenge the group heard (_temuan_). */
export interface FocusGroupFinding {
  id: string;
  challenge: string;
  /** A short word to group findings by across groups (e.g. "SDM", "anggaran", "TI"). */
  tag: string;
  /** How many members raised it. */
  raisedByCount: number;
  /** The session it came up in (null: the group as a whole). */
  sessionId: string | null;
  createdAt: string;
}

/** Something to be done about what the group found (_tindak lanjut_). */
export interface ActionItem {
  id: string;
  groupId: string;
  groupTopic: string;
  /** The finding it answers (null: none in particular). */
  findingId: string | null;
  what: string;
  /** The person responsible (any active account). */
  owner: UserRef;
  /** A calendar date, YYYY-MM-DD. */
  dueOn: string;
  status: ActionItemStatus;
  /** Not done or cancelled and past its due date (in Asia/Jakarta). */
  overdue: boolean;
  updatedAt: string;
}

export interface FocusGroupDetail {
  id: string;
  topic: string;
  purpose: string;
  status: FocusGroupStatus;
  /** Members may post anonymously to the other members (facilitators and coordinators still see who). */
  allowAnonymous: boolean;
  /** The group's private forum: its threads open with the forum's pages (APP_PATHS.forumBoard). */
  forumId: string;
  people: FocusGroupPerson[];
  sessions: FocusGroupSession[];
  findings: FocusGroupFinding[];
  actionItems: ActionItem[];
  createdBy: UserRef;
  createdAt: string;
  myRole: FocusGroupRole | null;
  may: FocusGroupAbilities;
}

/** The coordinators' list of action items across all groups. */
export type ActionItemPage = Page<ActionItem>;
