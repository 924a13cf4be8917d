import { z } from 'zod';
import { LOCALES } from './common.types';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import {
  INSTITUTION_KINDS,
  INVITATION_STATUSES,
  ROLES,
  USER_STATUSES,
  type CurrentUser,
  type Institution,
  type InstitutionRef,
  type InvitationPreview,
  type InvitationSummary,
  type PublicSettings,
  type SignedIn,
  type UserSummary,
} from './identity.types';
import type { Page } from './common.types';
import type { TrainerRef } from './learning.types';

const roles = z.array(z.enum(ROLES));

export const institutionRefSchema = describes<InstitutionRef>()(
  'InstitutionRef',
  z.strictObject({ id: uuidSchema, name: z.string() }),
);

/** Who someone is: what the profile and the user list both show. */
const person = {
  id: uuidSchema,
  email: z.string(),
  fullName: z.string(),
  nip: z.string().nullable(),
  position: z.string().nullable(),
  institution: institutionRefSchema.nullable(),
  roles,
};

export const currentUserSchema = describes<CurrentUser>()(
  'CurrentUser',
  z.strictObject({ ...person, locale: z.enum(LOCALES) }),
);

export const signedInSchema = describes<SignedIn>()(
  'SignedIn',
  z.strictObject({ accessToken: z.string(), accessTokenExpiresAt: timestamp, user: currentUserSchema }),
);

export const invitationPreviewSchema = describes<InvitationPreview>()(
  'InvitationPreview',
  z.strictObject({
    email: z.string(),
    fullName: z.string(),
    roles,
    institution: institutionRefSchema.nullable(),
    invitedBy: z.string().nullable(),
    expiresAt: timestamp,
  }),
);

export const userSummarySchema = describes<UserSummary>()(
  'UserSummary',
  z.strictObject({
    ...person,
    status: z.enum(USER_STATUSES),
    lastLoginAt: timestamp.nullable(),
    createdAt: timestamp,
  }),
);

export const userPageSchema = describes<Page<UserSummary>>()('UserSummaryPage', pageOf(userSummarySchema));

export const invitationSummarySchema = describes<InvitationSummary>()(
  'InvitationSummary',
  z.strictObject({
    id: uuidSchema,
    email: z.string(),
    fullName: z.string(),
    roles,
    institution: institutionRefSchema.nullable(),
    invitedBy: z.string().nullable(),
    status: z.enum(INVITATION_STATUSES),
    createdAt: timestamp,
    expiresAt: timestamp,
  }),
);

export const invitationPageSchema = describes<Page<InvitationSummary>>()(
  'InvitationSummaryPage',
  pageOf(invitationSummarySchema),
);

export const institutionSchema = describes<Institution>()(
  'Institution',
  z.strictObject({
    id: uuidSchema,
    name: z.string(),
    city: z.string().nullable(),
    kind: z.enum(INSTITUTION_KINDS),
    website: z.string().nullable(),
    description: z.string().nullable(),
    contact: z.strictObject({
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    logoUrl: z.string().nullable(),
  }),
);

export const publicSettingsSchema = describes<PublicSettings>()(
  'PublicSettings',
  z.strictObject({ selfRegistration: z.boolean(), defaultLocale: z.enum(LOCALES) }),
);

export const trainerRefSchema = describes<TrainerRef>()(
  'TrainerRef',
  z.strictObject({ id: uuidSchema, fullName: z.string(), email: z.string() }),
);
