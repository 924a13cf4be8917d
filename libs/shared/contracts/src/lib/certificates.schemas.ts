import { z } from 'zod';
import { pageQuerySchema, uuidSchema } from './common.schemas';
import {
  CERTIFICATE_NUMBER_TOKENS,
  CERTIFICATE_ORIENTATIONS,
  CERTIFICATE_PLACEHOLDERS,
  CERTIFICATE_QR_POSITIONS,
  CERTIFICATE_ROLES,
  CERTIFICATE_STATUSES,
} from './certificates.types';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NUMBER_TOKEN = /\{([^{}]*)\}/g;

/** Placeholder names in a text that are not among the known ones. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(CERTIFICATE_PLACEHOLDERS);
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]).filter((name) => !known.has(name));
}

/** Tokens of a numbering pattern that are not known ({urut:4} is {urut} with a width). */
export function unknownNumberTokens(pattern: string): string[] {
  const known = new Set<string>(CERTIFICATE_NUMBER_TOKENS);
  return [...pattern.matchAll(NUMBER_TOKEN)]
    .map((match) => match[1])
    .filter((token) => !known.has(token) && !/^urut:[1-9]$/.test(token));
}

const templateText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((text, context) => {
      const unknown = unknownPlaceholders(text);
      if (unknown.length > 0) {
        context.addIssue({
          code: 'custom',
          message: 'validation.certificatePlaceholder',
          params: { names: unknown.map((name) => `{{${name}}}`).join(', ') },
        });
      }
    });

/** An English text, or none: an empty field means none. */
const templateTextOrNone = (max: number) => z.union([templateText(max), z.literal('').transform(() => null), z.null()]);

export const numberPatternSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .superRefine((pattern, context) => {
    const unknown = unknownNumberTokens(pattern);
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: 'validation.certificateNumberToken',
        params: { tokens: unknown.map((token) => `{${token}}`).join(', ') },
      });
    } else if (!/\{urut(:[1-9])?\}/.test(pattern) || !pattern.includes('{tahun}')) {
      context.addIssue({ code: 'custom', message: 'validation.certificateNumberUnique' });
    }
  });

export const certificateSignatorySchema = z.strictObject({
  name: z.string().trim().min(3).max(120),
  position: z.string().trim().min(2).max(160),
  detail: z.string().trim().max(80).nullable().default(null),
  signatureImageId: uuidSchema.nullable().default(null),
});

/** Every field of a design, with no defaults (a change names only what it changes). */
const designFields = {
  orientation: z.enum(CERTIFICATE_ORIENTATIONS),
  titleId: templateText(60),
  titleEn: templateTextOrNone(80),
  bodyId: templateText(600),
  bodyEn: templateTextOrNone(600),
  accentColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'validation.color' }),
  backgroundImageId: uuidSchema.nullable(),
  logoImageIds: z.array(uuidSchema).max(3),
  signatories: z.array(certificateSignatorySchema).min(1).max(3),
  qrPosition: z.enum(CERTIFICATE_QR_POSITIONS),
  numberPattern: numberPatternSchema,
};

export const certificateTemplateDesignSchema = z.strictObject({
  ...designFields,
  orientation: designFields.orientation.default('landscape'),
  titleEn: designFields.titleEn.default(null),
  bodyEn: designFields.bodyEn.default(null),
  accentColor: designFields.accentColor.default('#1f5f4a'),
  backgroundImageId: designFields.backgroundImageId.default(null),
  logoImageIds: designFields.logoImageIds.default([]),
  qrPosition: designFields.qrPosition.default('bottom-right'),
});

const templateName = z.string().trim().min(3).max(120);

export const createCertificateTemplateRequestSchema = certificateTemplateDesignSchema.extend({
  name: templateName,
  isDefault: z.boolean().default(false),
});

/**
 * A change to a template: only the fields sent change. Built from the fields without their
 * defaults: `.partial()` of the create schema would fill every field left out with its
 * default (zod 4 applies a default under optional), so renaming a template reset its design.
 */
export const updateCertificateTemplateRequestSchema = z
  .strictObject({ ...designFields, name: templateName, isDefault: z.boolean() })
  .partial();

export const certificateImageUploadFieldsSchema = z.strictObject({
  kind: z.enum(['background', 'logo', 'signature']),
});

export const courseCertificateTemplateRequestSchema = z.strictObject({ templateId: uuidSchema.nullable() });

const reason = z.string().trim().min(5).max(500);

/**
 * A bulk (or single) issue for a course: everyone of a cohort who completed it, and/or
 * listed people. Participants must have completed the course unless forceReason says why
 * not; speakers, moderators and committee members need no completion.
 */
export const createCertificateBatchRequestSchema = z
  .strictObject({
    courseId: uuidSchema,
    cohortId: uuidSchema.optional(),
    userIds: z.array(uuidSchema).min(1).max(2000).optional(),
    role: z.enum(CERTIFICATE_ROLES).default('peserta'),
    templateId: uuidSchema.optional(),
    forceReason: reason.optional(),
  })
  .refine((request) => request.cohortId !== undefined || request.userIds !== undefined, {
    error: 'validation.certificateWhom',
    path: ['userIds'],
  });

/**
 * Bulk issue for a webinar session after its ledger is settled: participants who attended at
 * least `minAttendancePercent` of it, or its presenters (narasumber) or moderators.
 */
export const createWebinarCertificateBatchRequestSchema = z.strictObject({
  sessionId: uuidSchema,
  role: z.enum(CERTIFICATE_ROLES).default('peserta'),
  minAttendancePercent: z.number().int().min(1).max(100).default(80),
  templateId: uuidSchema.optional(),
});

/** Query of a bulk issue for a list of people whose body is a CSV file (text/csv). */
export const certificateBatchCsvQuerySchema = z.strictObject({
  courseId: uuidSchema,
  role: z.enum(CERTIFICATE_ROLES).default('peserta'),
  templateId: uuidSchema.optional(),
  forceReason: reason.optional(),
});

export const certificateListQuerySchema = pageQuerySchema.extend({
  courseId: uuidSchema.optional(),
  cohortId: uuidSchema.optional(),
  batchId: uuidSchema.optional(),
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
});

export const certificateBatchListQuerySchema = pageQuerySchema.extend({ courseId: uuidSchema.optional() });

export const revokeCertificateRequestSchema = z.strictObject({ reason });

/** Reissue takes the holder's current profile (e.g. a corrected name) and the template again. */
export const reissueCertificateRequestSchema = z.strictObject({
  reason,
  templateId: uuidSchema.optional(),
});

/** Codes are 12 characters of Crockford base32, shown in groups of four: 7KQ2-M9XD-4HPA. */
export const certificateCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((code) => code.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{12}$/, { error: 'validation.certificateCode' }));
