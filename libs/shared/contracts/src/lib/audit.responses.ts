import { z } from 'zod';
import {
  AUDIT_BULK_SOURCES,
  AUDIT_EXPORT_REPORTS,
  AUDIT_SUBJECT_TYPES,
  AUDIT_TEMPLATE_CHANGES,
  type AuditEntry,
} from './audit.types';
import { describes, pageOf, timestamp } from './common.responses';
import { CERTIFICATE_HOLDER_ROLES, CERTIFICATE_SUBJECT_KINDS } from './certificates.types';
import { FOCUS_GROUP_ROLES } from './focus-group.types';
import { ROLES } from './identity.types';
import type { Page } from './common.types';
import { SURVEY_AUDIENCES, SURVEY_STATUSES, SURVEY_TEMPLATE_KEYS } from './survey.types';

const roles = z.array(z.enum(ROLES));

const entryBase = {
  id: z.uuid(),
  occurredAt: timestamp,
  actor: z.strictObject({ id: z.uuid(), name: z.string(), roles }).nullable(),
  subject: z.strictObject({
    type: z.enum(AUDIT_SUBJECT_TYPES),
    id: z.string().nullable(),
    label: z.string().nullable(),
  }),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
};

const entryOf = <A extends string, D extends z.ZodType>(action: A, details: D) =>
  z.strictObject({ ...entryBase, action: z.literal(action), details });

const focusGroupRole = z.enum(FOCUS_GROUP_ROLES);
const inGroup = { groupId: z.uuid(), topic: z.string() };

const reissued = {
  number: z.string(),
  holderId: z.uuid().nullable(),
  reason: z.string(),
};

export const auditEntrySchema = describes<AuditEntry>()(
  'AuditEntry',
  z.discriminatedUnion('action', [
    entryOf('user.role.changed', z.strictObject({ before: roles, after: roles })),
    entryOf('user.disabled', z.strictObject({})),
    entryOf('user.enabled', z.strictObject({})),
    entryOf('user.deleted', z.strictObject({})),
    entryOf('certificate.revoked', z.strictObject(reissued)),
    entryOf('certificate.reissued', z.strictObject({ ...reissued, newCertificateId: z.uuid(), newNumber: z.string() })),
    entryOf(
      'certificate.template.changed',
      z.strictObject({
        change: z.enum(AUDIT_TEMPLATE_CHANGES),
        name: z.string().optional(),
        madeDefault: z.boolean().optional(),
        courseId: z.uuid().optional(),
      }),
    ),
    entryOf(
      'certificate.bulk_issued',
      z.strictObject({
        source: z.enum(AUDIT_BULK_SOURCES),
        role: z.enum(CERTIFICATE_HOLDER_ROLES),
        subjectKind: z.enum(CERTIFICATE_SUBJECT_KINDS),
        subjectId: z.uuid(),
        requested: z.number().int(),
        queued: z.number().int(),
        alreadyHeld: z.number().int(),
      }),
    ),
    entryOf(
      'export.personal_data',
      z.strictObject({
        report: z.enum(AUDIT_EXPORT_REPORTS),
        rows: z.number().int(),
        year: z.number().int().optional(),
      }),
    ),
    entryOf('focus-group.person.added', z.strictObject({ ...inGroup, role: focusGroupRole })),
    entryOf('focus-group.person.removed', z.strictObject({ ...inGroup, role: focusGroupRole })),
    entryOf('focus-group.role.changed', z.strictObject({ ...inGroup, before: focusGroupRole, after: focusGroupRole })),
    entryOf(
      'survey.created',
      z.strictObject({ audience: z.enum(SURVEY_AUDIENCES), templateKey: z.enum(SURVEY_TEMPLATE_KEYS).nullable() }),
    ),
    entryOf(
      'survey.status.changed',
      z.strictObject({ before: z.enum(SURVEY_STATUSES), after: z.enum(SURVEY_STATUSES) }),
    ),
    entryOf('survey.deleted', z.strictObject({})),
  ]),
);

export const auditEntryPageSchema = describes<Page<AuditEntry>>()('AuditEntryPage', pageOf(auditEntrySchema));
