import { z } from 'zod';
import type { Page } from './common.types';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import {
  CERTIFICATE_FAILURES,
  CERTIFICATE_IMAGE_KINDS,
  CERTIFICATE_ORIENTATIONS,
  CERTIFICATE_QR_POSITIONS,
  CERTIFICATE_HOLDER_ROLES,
  CERTIFICATE_STATUSES,
  CERTIFICATE_SUBJECT_KINDS,
  type Certificate,
  type CertificateBatch,
  type CertificateBatchResult,
  type CertificateImage,
  type CertificateTemplate,
  type CertificateVerification,
  type CourseCertificateTemplateSetting,
} from './certificates.types';

const count = z.number().int();
const role = z.enum(CERTIFICATE_HOLDER_ROLES);
const subject = z.strictObject({ kind: z.enum(CERTIFICATE_SUBJECT_KINDS), id: uuidSchema, title: z.string() });

export const certificateImageSchema = describes<CertificateImage>()(
  'CertificateImage',
  z.strictObject({
    id: uuidSchema,
    kind: z.enum(CERTIFICATE_IMAGE_KINDS),
    contentType: z.string(),
    url: z.string(),
  }),
);

export const certificateTemplateSchema = describes<CertificateTemplate>()(
  'CertificateTemplate',
  z.strictObject({
    id: uuidSchema,
    name: z.string(),
    isDefault: z.boolean(),
    orientation: z.enum(CERTIFICATE_ORIENTATIONS),
    titleId: z.string(),
    titleEn: z.string().nullable(),
    bodyId: z.string(),
    bodyEn: z.string().nullable(),
    accentColor: z.string(),
    backgroundImageId: uuidSchema.nullable(),
    logoImageIds: z.array(uuidSchema),
    signatories: z.array(
      z.strictObject({
        name: z.string(),
        position: z.string(),
        detail: z.string().nullable(),
        signatureImageId: uuidSchema.nullable(),
      }),
    ),
    qrPosition: z.enum(CERTIFICATE_QR_POSITIONS),
    numberPattern: z.string(),
    images: z.array(certificateImageSchema),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const courseCertificateTemplateSettingSchema = describes<CourseCertificateTemplateSetting>()(
  'CourseCertificateTemplateSetting',
  z.strictObject({ templateId: uuidSchema.nullable(), effectiveTemplateId: uuidSchema.nullable() }),
);

export const certificateSchema = describes<Certificate>()(
  'Certificate',
  z.strictObject({
    id: uuidSchema,
    code: z.string(),
    number: z.string(),
    status: z.enum(CERTIFICATE_STATUSES),
    role,
    holder: z.strictObject({
      id: uuidSchema.nullable(),
      fullName: z.string(),
      nip: z.string().nullable(),
      institution: z.string().nullable(),
    }),
    subject,
    cohortName: z.string().nullable(),
    jp: z.number(),
    version: count,
    awardedAt: timestamp,
    issuedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
    revokedReason: z.string().nullable(),
    forcedReason: z.string().nullable(),
    failureReason: z.enum(CERTIFICATE_FAILURES).nullable(),
    batchId: uuidSchema.nullable(),
    pdfUrl: z.string().nullable(),
    verifyUrl: z.string(),
  }),
);

export const certificatePageSchema = describes<Page<Certificate>>()('CertificatePage', pageOf(certificateSchema));

export const certificateVerificationSchema = describes<CertificateVerification>()(
  'CertificateVerification',
  z.strictObject({
    code: z.string(),
    status: z.enum(['valid', 'revoked', 'superseded']),
    number: z.string(),
    holderName: z.string(),
    role,
    subjectKind: z.enum(CERTIFICATE_SUBJECT_KINDS),
    subjectTitle: z.string(),
    coOrganisers: z.array(z.string()),
    cohortName: z.string().nullable(),
    jp: z.number(),
    awardedAt: timestamp,
    issuedAt: timestamp,
    issuer: z.string(),
    revokedAt: timestamp.nullable(),
    revokedReason: z.string().nullable(),
    replacedByCode: z.string().nullable(),
  }),
);

export const certificateBatchSchema = describes<CertificateBatch>()(
  'CertificateBatch',
  z.strictObject({
    id: uuidSchema,
    subject,
    cohortId: uuidSchema.nullable(),
    cohortName: z.string().nullable(),
    role,
    templateId: uuidSchema,
    createdAt: timestamp,
    createdBy: z.string(),
    total: count,
    issued: count,
    failed: count,
    pending: count,
    alreadyHeld: count,
  }),
);

export const certificateBatchPageSchema = describes<Page<CertificateBatch>>()(
  'CertificateBatchPage',
  pageOf(certificateBatchSchema),
);

export const certificateBatchResultSchema = describes<CertificateBatchResult>()(
  'CertificateBatchResult',
  z.strictObject({
    batch: certificateBatchSchema.nullable(),
    rejected: z.array(z.strictObject({ userId: uuidSchema.nullable(), row: count.nullable(), reason: z.string() })),
  }),
);
