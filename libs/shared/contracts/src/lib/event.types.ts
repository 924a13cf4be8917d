import type { Page } from './common.types';
import type { InstitutionKind, InstitutionRef } from './identity.types';
import type { UserRef } from './learning.types';

/**
 * Events (_acara_, issue 15): the library's community events and literacy programmes, for
 * the public as much as for librarians. This file is the agreed shape; the api lib
 * (libs/api/event) and the web lib (libs/web/event) are built on it.
 *
 * - An event is found by its `slug` on public pages (`/acara/:slug`, shared in WhatsApp) and by
 *   its id everywhere else. Public answers never list who registered.
 * - Times are instants (ISO 8601); each event says the zone it is held in (WIB/WITA/WIT), and
 *   every page and email writes its times in that zone ("25 November 2026, 14.00 WIB").
 * - A guest needs no account: what identifies them to the product is a signed token sent by
 *   email (confirm, ticket, cancel, remove my data). Tokens travel in the URL's fragment
 *   (`/acara/tiket#<token>`), which browsers never send to a server, so no request log holds
 *   one; the page posts it to the api.
 * - A ticket's QR code carries the registration's ticket code: 16 random bytes and an HMAC
 *   of them with the event's id (base64url), never a sequential id; the api keeps only its
 *   hash. The door's phone keeps the event's roster (names and code hashes) to check in
 *   offline and sends its queued scans when it is back; a second scan is answered with the
 *   first one's time and staff member.
 */

export const EVENT_TITLE_MAX = 160;
export const EVENT_SUMMARY_MAX = 300;
export const EVENT_DESCRIPTION_MAX = 20_000;
export const EVENT_DAYS_MAX = 14;
export const EVENT_PROGRAMME_MAX = 60;
export const EVENT_PEOPLE_MAX = 40;
export const EVENT_PARTNERS_MAX = 12;
export const EVENT_QUESTIONS_MAX = 10;
export const EVENT_CAPACITY_MAX = 100_000;
/** Guest data is kept this many days after the event's last day unless the event says otherwise. */
export const EVENT_GUEST_RETENTION_DEFAULT_DAYS = 365;
/** The most check-ins one request carries (a phone that was offline for a whole morning). */
export const EVENT_CHECK_INS_MAX = 500;
/** "HH:MM", 00:00-23:59. */
export const EVENT_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const EVENT_KINDS = ['book-launch', 'book-exhibition', 'reading-club', 'literacy', 'training', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** In person, online (a webinar session of the existing part) or both. */
export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Whether an event has ended is read from its days, not stored. */
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** WIB, WITA, WIT. */
export const EVENT_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type EventTimeZone = (typeof EVENT_TIME_ZONES)[number];

/**
 * People on an event's page and on its certificates: speakers (_narasumber_), authors of a
 * launched book (_penulis_), facilitating librarians of a literacy programme (_fasilitator_,
 * credited with hours in their learning record), moderators and the committee (_panitia_).
 */
export const EVENT_PERSON_ROLES = ['speaker', 'author', 'facilitator', 'moderator', 'committee'] as const;
export type EventPersonRole = (typeof EVENT_PERSON_ROLES)[number];

/**
 * unconfirmed: the guest has not opened the confirmation email yet (holds no seat);
 * confirmed: holds a seat and a ticket; waitlisted: in line, promoted in arrival order by email
 * when a seat frees; cancelled: by the person or the organiser.
 */
export const EVENT_REGISTRATION_STATUSES = ['unconfirmed', 'confirmed', 'waitlisted', 'cancelled'] as const;
export type EventRegistrationStatus = (typeof EVENT_REGISTRATION_STATUSES)[number];

/** Where the public registration stands, as the event page shows it. */
export const EVENT_REGISTRATION_STATES = ['not-open', 'open', 'waitlist', 'closed', 'cancelled', 'ended'] as const;
export type EventRegistrationState = (typeof EVENT_REGISTRATION_STATES)[number];

export const EVENT_QUESTION_KINDS = ['short-text', 'single-choice'] as const;
export type EventQuestionKind = (typeof EVENT_QUESTION_KINDS)[number];

/** How a person was checked in at the door. */
export const EVENT_CHECK_IN_METHODS = ['scan', 'search', 'walk-in'] as const;
export type EventCheckInMethod = (typeof EVENT_CHECK_IN_METHODS)[number];

/** What the door is told of one scan. */
export const EVENT_SCAN_OUTCOMES = [
  'checked-in',
  'already-checked-in',
  'not-confirmed',
  'cancelled',
  'other-event',
  'invalid',
] as const;
export type EventScanOutcome = (typeof EVENT_SCAN_OUTCOMES)[number];

// ---- Organising ----

export interface EventDay {
  startsAt: string;
  endsAt: string;
}

/** The OpenStreetMap link is made from the coordinates (none without them). */
export interface EventVenue {
  name: string;
  address: string;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** One line of the day's programme (_susunan acara_): times in the event's zone, "HH:MM". */
export interface EventProgrammeItem {
  /** 0-based index into the event's days. */
  day: number;
  startsAt: string;
  endsAt: string | null;
  title: string;
  /** Who leads it, as written on the programme. */
  by: string | null;
}

/** A person of the event: a member (userId) or someone without an account (a local author). */
export interface EventPerson {
  id: string;
  role: EventPersonRole;
  userId: string | null;
  name: string;
  affiliation: string | null;
  /** Facilitators: the hours credited to their learning record (JP), set by the organiser. */
  creditedHours: number | null;
}

/** A partner organisation (an institution of the identity part) as the event shows it. */
export interface EventPartner extends InstitutionRef {
  kind: InstitutionKind;
  logoUrl: string | null;
}

/** A question the organiser adds to the registration form. */
export interface EventQuestion {
  id: string;
  kind: EventQuestionKind;
  label: string;
  required: boolean;
  options: string[];
}

export interface EventSeriesRef {
  id: string;
  title: string;
}

/** A card of the public list (`/acara`) and the staff's list. */
export interface EventSummary {
  id: string;
  slug: string;
  kind: EventKind;
  format: EventFormat;
  status: EventStatus;
  title: string;
  summary: string;
  coverUrl: string | null;
  timeZone: EventTimeZone;
  startsAt: string;
  endsAt: string;
  venueName: string | null;
  city: string | null;
  registration: EventRegistrationState;
  /** Seats left (null: no capacity set). */
  seatsLeft: number | null;
}

export type EventSummaryPage = Page<EventSummary>;

/** An event in its managers' list: the summary with where its seats stand (how many, never who). */
export interface StaffEventSummary extends EventSummary {
  /** Null: no capacity set. */
  capacity: number | null;
  counts: EventRegistrationCounts;
}

export type StaffEventSummaryPage = Page<StaffEventSummary>;

/** The public event page: what anyone may read, never who registered. */
export interface PublicEvent extends EventSummary {
  /** Sanitized HTML from the organiser's Markdown. */
  descriptionHtml: string;
  days: EventDay[];
  venue: EventVenue | null;
  programme: EventProgrammeItem[];
  people: Omit<EventPerson, 'userId' | 'creditedHours'>[];
  partners: EventPartner[];
  series: EventSeriesRef | null;
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  questions: EventQuestion[];
  /** Why the guest's data is asked for and how long it is kept (UU 27/2022), shown at registration. */
  dataPurpose: string;
  guestDataRetentionDays: number;
}

/** The staff's view of an event. */
export interface EventDetail extends Omit<PublicEvent, 'people'> {
  description: string;
  people: EventPerson[];
  /** Partner staff (and other members) who may manage this event beside coordinators and admins. */
  organisers: UserRef[];
  webinarSessionId: string | null;
  counts: EventRegistrationCounts;
  may: { edit: boolean; publish: boolean; cancel: boolean; checkIn: boolean; issueCertificates: boolean };
  createdAt: string;
  updatedAt: string;
}

export interface EventRegistrationCounts {
  confirmed: number;
  unconfirmed: number;
  waitlisted: number;
  cancelled: number;
  arrived: number;
  walkIns: number;
}

// ---- Registration ----

/** A guest's registration form (the honeypot `website` stays empty for people). */
export interface GuestRegistrationInput {
  name: string;
  email: string;
  whatsapp?: string;
  affiliation?: string;
  answers: Record<string, string>;
  /** The data purpose was shown and agreed to. */
  consent: true;
  website?: string;
}

/** A member's one click: only the answers to the organiser's questions (the account gives the rest). */
export interface MemberRegistrationInput {
  answers: Record<string, string>;
}

/** What registering answers (the same for a guest, a member's one click and a walk-in). */
export interface EventRegistrationResult {
  status: EventRegistrationStatus;
  /** Waitlisted: the place in line. */
  waitlistPosition: number | null;
  message: string;
}

/**
 * What confirming from the email answers: the registration's result, and the token of its
 * ticket page (the same the ticket email carries), so the confirm page can open the ticket.
 */
export interface EventConfirmation extends EventRegistrationResult {
  ticketToken: string;
}

/** The ticket page (`/acara/tiket#token`) and the ticket in the email. */
export interface EventTicket {
  event: Pick<EventSummary, 'slug' | 'title' | 'timeZone' | 'startsAt' | 'endsAt' | 'venueName' | 'format'>;
  holderName: string;
  status: EventRegistrationStatus;
  waitlistPosition: number | null;
  /** The QR code's content (confirmed only). */
  ticketCode: string | null;
  /**
   * The same QR symbol drawn as an SVG path of its dark modules (`size` modules square, quiet
   * zone not included), so the page shows it without a QR encoder of its own.
   */
  ticketQr: { size: number; path: string } | null;
  checkedInAt: string | null;
  /** Online and hybrid: the guest's signed link into the webinar room (confirmed only). */
  joinUrl: string | null;
}

/** One registration as the organisers see it (the list and the export). */
export interface EventRegistration {
  id: string;
  status: EventRegistrationStatus;
  name: string;
  email: string;
  whatsapp: string | null;
  affiliation: string | null;
  /** A member's account; null for a guest. */
  userId: string | null;
  answers: Record<string, string>;
  registeredAt: string;
  confirmedAt: string | null;
  waitlistPosition: number | null;
  checkedInAt: string | null;
  checkInMethod: EventCheckInMethod | null;
  /** Online and hybrid: minutes in the webinar room from the attendance ledger. */
  onlineMinutes: number | null;
}

export type EventRegistrationPage = Page<EventRegistration>;

// ---- Check-in at the door ----

/** What the door's phone keeps to check in offline: no email, no phone number. */
export interface EventRosterEntry {
  registrationId: string;
  /** Not cancelled: unconfirmed and waitlisted ones are listed so the door can say "belum dikonfirmasi". */
  status: EventRegistrationStatus;
  name: string;
  affiliation: string | null;
  /** sha256 of the ticket code, hex: a scan is matched without the api (null: no ticket, e.g. unconfirmed or a walk-in). */
  codeHash: string | null;
  checkedInAt: string | null;
}

export interface EventRoster {
  eventId: string;
  entries: EventRosterEntry[];
  counts: EventRegistrationCounts;
}

/** One scan or search pick, queued on the phone until sent; `scanId` makes a resend harmless. */
export interface EventCheckInInput {
  scanId: string;
  /** A scanned ticket code, or the registration picked by name. */
  ticketCode?: string;
  registrationId?: string;
  /** When it happened on the phone (the first arrival wins by this time). */
  at: string;
}

export interface EventCheckInOutcome {
  scanId: string;
  outcome: EventScanOutcome;
  registrationId: string | null;
  name: string | null;
  /** already-checked-in: when, and by which staff member, the first time. */
  firstCheckedInAt: string | null;
  firstCheckedInBy: string | null;
}

/** What a batch of queued scans answers: each scan's outcome, in order, and the counts after them. */
export interface EventCheckInsResult {
  outcomes: EventCheckInOutcome[];
  counts: EventRegistrationCounts;
}

// ---- Reading clubs ----

/** "Every second Saturday": the weekday (0 Sunday .. 6 Saturday) and its week of the month (null: every week). */
export interface EventSeriesSchedule {
  weekday: number;
  weekOfMonth: number | null;
  startTime: string;
  endTime: string;
  timeZone: EventTimeZone;
}

export interface EventSeries {
  id: string;
  title: string;
  description: string;
  schedule: EventSeriesSchedule;
  meetings: (EventSummary & { book: string | null })[];
  members: number;
  /** Per meeting, how many came; per member, how many meetings they came to (staff only). */
  attendance: { meetingId: string; arrived: number }[];
}
