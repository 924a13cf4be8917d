import { z } from 'zod';
import { CERTIFICATE_HOLDER_ROLES } from './certificates.types';
import { describes, timestamp } from './common.responses';
import { institutionRefSchema } from './identity.responses';
import {
  LEARNING_RECORD_KINDS,
  type LearnerDirectoryPage,
  type LearnerSummary,
  type LearningRecord,
  type LearningRecordActivity,
  type LearningRecordCertificate,
  type LearningRecordPerson,
  type LearningRecordYear,
} from './reporting-records.types';

const kind = z.enum(LEARNING_RECORD_KINDS);
const role = z.enum(CERTIFICATE_HOLDER_ROLES);

const personShape = {
  userId: z.uuid(),
  fullName: z.string(),
  nip: z.string().nullable(),
  position: z.string().nullable(),
  institution: institutionRefSchema.nullable(),
};

export const learningRecordPersonSchema = describes<LearningRecordPerson>()(
  'LearningRecordPerson',
  z.strictObject(personShape),
);

export const learningRecordActivitySchema = describes<LearningRecordActivity>()(
  'LearningRecordActivity',
  z.strictObject({
    kind,
    sourceId: z.uuid(),
    role,
    title: z.string(),
    organiser: z.string(),
    startedAt: timestamp,
    endedAt: timestamp,
    jp: z.number(),
    certificateNumber: z.string().nullable(),
    certificateCode: z.string().nullable(),
  }),
);

export const learningRecordYearSchema = describes<LearningRecordYear>()(
  'LearningRecordYear',
  z.strictObject({ year: z.number().int(), jp: z.number(), target: z.number().int() }),
);

export const learningRecordCertificateSchema = describes<LearningRecordCertificate>()(
  'LearningRecordCertificate',
  z.strictObject({
    kind,
    sourceId: z.uuid(),
    role,
    number: z.string(),
    code: z.string(),
    title: z.string(),
    issuerName: z.string(),
    jp: z.number(),
    awardedAt: timestamp,
    verifyUrl: z.url(),
  }),
);

export const learningRecordSchema = describes<LearningRecord>()(
  'LearningRecord',
  z.strictObject({
    person: learningRecordPersonSchema,
    activities: z.array(learningRecordActivitySchema),
    jpByYear: z.array(learningRecordYearSchema),
    certificates: z.array(learningRecordCertificateSchema),
  }),
);

export const learnerSummarySchema = describes<LearnerSummary>()(
  'LearnerSummary',
  z.strictObject({ ...personShape, email: z.string(), jpThisYear: z.number() }),
);

export const learnerDirectoryPageSchema = describes<LearnerDirectoryPage>()(
  'LearnerDirectoryPage',
  z.strictObject({
    items: z.array(learnerSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    year: z.number().int(),
    target: z.number().int(),
  }),
);
