import { z } from 'zod';
import {
  emailSchema,
  httpUrlSchema,
  localeSchema,
  newPasswordSchema,
  nipSchema,
  pageQuerySchema,
  personNameSchema,
  positionSchema,
  uuidSchema,
} from './common.schemas';
import {
  INDONESIAN_PHONE,
  INSTITUTION_KINDS,
  INVITATION_STATUSES,
  phoneDigits,
  ROLES,
  USER_STATUSES,
} from './identity.types';

export const roleSchema = z.enum(ROLES);

const rolesSchema = z
  .array(roleSchema)
  .min(1)
  .max(ROLES.length)
  .transform((roles) => [...new Set(roles)]);

const secretTokenSchema = z.string().trim().min(20).max(200);

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const forgotPasswordRequestSchema = z.strictObject({ email: emailSchema });

export const resetPasswordRequestSchema = z.strictObject({
  token: secretTokenSchema,
  password: newPasswordSchema,
});

export const invitationTokenRequestSchema = z.strictObject({ token: secretTokenSchema });

export const acceptInvitationRequestSchema = z.strictObject({
  token: secretTokenSchema,
  fullName: personNameSchema,
  password: newPasswordSchema,
  nip: nipSchema.nullish(),
  position: positionSchema.nullish(),
});

export const registerRequestSchema = z.strictObject({
  email: emailSchema,
  fullName: personNameSchema,
  institutionId: uuidSchema.nullish(),
});

export const updateProfileRequestSchema = z.strictObject({
  fullName: personNameSchema.optional(),
  nip: nipSchema.nullish(),
  position: positionSchema.nullish(),
  locale: localeSchema.optional(),
});

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

/**
 * Deleting one's own account: the password again, and the word HAPUS typed by hand (checked
 * by the api, so a wrong word gets its own message rather than a schema error).
 */
export const accountDeletionRequestSchema = z.strictObject({
  password: z.string().min(1).max(200),
  confirmation: z.string().max(50),
});

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  status: z.enum(USER_STATUSES).optional(),
});

export const updateUserRolesRequestSchema = z.strictObject({ roles: rolesSchema });

export const inviteUserRequestSchema = z.strictObject({
  email: emailSchema,
  fullName: personNameSchema,
  roles: rolesSchema,
  institutionId: uuidSchema.nullish(),
});

export const invitationListQuerySchema = pageQuerySchema.extend({
  status: z.enum(INVITATION_STATUSES).optional(),
});

/** An Indonesian phone or WhatsApp number as people write it, kept as its digits after 0 or +62. */
export const indonesianPhoneSchema = z
  .string()
  .trim()
  .max(30)
  .transform(phoneDigits)
  .pipe(z.string().regex(INDONESIAN_PHONE, { error: 'validation.phone' }));

export const institutionContactSchema = z.strictObject({
  name: z.string().trim().max(120).nullish(),
  email: emailSchema.nullish(),
  phone: indonesianPhoneSchema.nullish(),
});

export const createInstitutionRequestSchema = z.strictObject({
  name: z.string().trim().min(3).max(160),
  city: z.string().trim().max(80).nullish(),
  kind: z.enum(INSTITUTION_KINDS),
  website: z.string().trim().max(300).pipe(httpUrlSchema).nullish(),
  description: z.string().trim().max(500).nullish(),
  contact: institutionContactSchema.nullish(),
});

/** A logo is the whole request body's one file (no field before it). */
export const institutionLogoUploadFieldsSchema = z.strictObject({});

export const updateInstitutionRequestSchema = createInstitutionRequestSchema.partial();
