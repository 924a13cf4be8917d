import type { CertificateRole, CertificateSubjectKind } from './certificates.types';
import type { FocusGroupRole } from './focus-group.types';
import type { Role } from './identity.types';
import type { SurveyAudience, SurveyStatus, SurveyTemplateKey } from './survey.types';

/**
 * The security-relevant actions the audit log records: a closed list, so an admin's filter
 * names every one and a new kind is a deliberate change here (the web words each one).
 */
export const AUDIT_ACTIONS = [
  'user.role.changed',
  'user.disabled',
  'user.enabled',
  'user.deleted',
  'certificate.revoked',
  'certificate.reissued',
  'certificate.template.changed',
  'certificate.bulk_issued',
  'export.personal_data',
  'focus-group.person.added',
  'focus-group.person.removed',
  'focus-group.role.changed',
  'survey.created',
  'survey.status.changed',
  'survey.deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry is about; with the subject's id, what the admin's subject filter matches. */
export const AUDIT_SUBJECT_TYPES = [
  'user',
  'certificate',
  'certificate-template',
  'certificate-batch',
  'quiz',
  'webinar-session',
  'audit-log',
  'survey',
] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/** How a certificate template changed: `activated` made it the default, `assigned` gave it to a course. */
export const AUDIT_TEMPLATE_CHANGES = ['created', 'updated', 'deleted', 'activated', 'assigned'] as const;
export type AuditTemplateChange = (typeof AUDIT_TEMPLATE_CHANGES)[number];

/** The exports of personal data (every CSV the api writes about people, and a person's own download). */
export const AUDIT_EXPORT_REPORTS = [
  'quiz-results',
  'webinar-attendance',
  'jp-ledger',
  'audit-log',
  'my-data',
  'survey-responses',
  'learning-record',
] as const;
export type AuditExportReport = (typeof AUDIT_EXPORT_REPORTS)[number];

/** Whom a bulk issue was for. */
export const AUDIT_BULK_SOURCES = ['cohort', 'picked', 'csv', 'webinar', 'event'] as const;
export type AuditBulkSource = (typeof AUDIT_BULK_SOURCES)[number];

/**
 * The small facts each action keeps, typed per action so no caller can put a password, a
 * token or a signed link into the log: only what is listed here is ever written.
 */
export interface AuditDetailsByAction {
  'user.role.changed': { before: Role[]; after: Role[] };
  'user.disabled': Record<string, never>;
  'user.enabled': Record<string, never>;
  /** The person deleted their own account; the subject's label is already the anonymous name. */
  'user.deleted': Record<string, never>;
  /** holderId: null for an event's guest (no account). */
  'certificate.revoked': { number: string; holderId: string | null; reason: string };
  'certificate.reissued': {
    number: string;
    holderId: string | null;
    reason: string;
    newCertificateId: string;
    newNumber: string;
  };
  'certificate.template.changed': {
    change: AuditTemplateChange;
    /** The template's name; absent when a course went back to the default template. */
    name?: string;
    /** An update that also made it the default (an update doing only that is `activated`). */
    madeDefault?: boolean;
    courseId?: string;
  };
  'certificate.bulk_issued': {
    source: AuditBulkSource;
    role: CertificateRole;
    subjectKind: CertificateSubjectKind;
    subjectId: string;
    requested: number;
    queued: number;
    alreadyHeld: number;
  };
  'export.personal_data': { report: AuditExportReport; rows: number; year?: number };
  /** The subject is the person let into (or out of) the group's private space; the topic as it was then. */
  'focus-group.person.added': { groupId: string; topic: string; role: FocusGroupRole };
  /** `role`: the one the person had. */
  'focus-group.person.removed': { groupId: string; topic: string; role: FocusGroupRole };
  'focus-group.role.changed': { groupId: string; topic: string; before: FocusGroupRole; after: FocusGroupRole };
  /** The subject is the survey (its title as the label); `templateKey`: the template it was copied from, if any. */
  'survey.created': { audience: SurveyAudience; templateKey: SurveyTemplateKey | null };
  /** Published, closed, reopened or back to draft. */
  'survey.status.changed': { before: SurveyStatus; after: SurveyStatus };
  'survey.deleted': Record<string, never>;
}

interface AuditEntryBase {
  id: string;
  occurredAt: string;
  /** Null: the system acted (a job, the reconciler). Name and roles as they were then. */
  actor: { id: string; name: string; roles: Role[] } | null;
  subject: { type: AuditSubjectType; id: string | null; label: string | null };
  /** Where the request came from, when the action came through one. */
  ip: string | null;
  userAgent: string | null;
}

/** One entry of the log; `details` has the shape of its action (switch on `action` to read it). */
export type AuditEntry = {
  [A in AuditAction]: AuditEntryBase & { action: A; details: AuditDetailsByAction[A] };
}[AuditAction];
