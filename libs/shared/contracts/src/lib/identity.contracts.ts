import { z } from 'zod';
import {
  emailSchema,
  localeSchema,
  newPasswordSchema,
  nipSchema,
  pageQuerySchema,
  personNameSchema,
  positionSchema,
  uuidSchema,
  type Locale,
} from './common.contracts';

export const ROLES = ['learner', 'trainer', 'coordinator', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles a coordinator may hand out; only an admin makes coordinators and admins. */
export const ROLES_COORDINATOR_MAY_GRANT: readonly Role[] = ['learner', 'trainer'];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

const rolesSchema = z
  .array(roleSchema)
  .min(1)
  .max(ROLES.length)
  .transform((roles) => [...new Set(roles)]);

const secretTokenSchema = z.string().trim().min(20).max(200);

export interface InstitutionRef {
  id: string;
  name: string;
}

export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  nip: string | null;
  position: string | null;
  institution: InstitutionRef | null;
  roles: Role[];
  locale: Locale;
}

export interface SignedIn {
  accessToken: string;
  /** ISO time; the client refreshes a little before it. */
  accessTokenExpiresAt: string;
  user: CurrentUser;
}

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

export interface InvitationPreview {
  email: string;
  fullName: string;
  roles: Role[];
  institution: InstitutionRef | null;
  invitedBy: string | null;
  expiresAt: string;
}

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

export interface UserSummary {
  id: string;
  email: string;
  fullName: string;
  nip: string | null;
  position: string | null;
  institution: InstitutionRef | null;
  roles: Role[];
  status: UserStatus;
  lastLoginAt: string | null;
  createdAt: string;
}

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

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationSummary {
  id: string;
  email: string;
  fullName: string;
  roles: Role[];
  institution: InstitutionRef | null;
  invitedBy: string | null;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
}

export const invitationListQuerySchema = pageQuerySchema.extend({
  status: z.enum(INVITATION_STATUSES).optional(),
});

export interface Institution {
  id: string;
  name: string;
  city: string | null;
}

export const createInstitutionRequestSchema = z.strictObject({
  name: z.string().trim().min(3).max(160),
  city: z.string().trim().max(80).nullish(),
});

export const updateInstitutionRequestSchema = createInstitutionRequestSchema.partial();

export interface PublicSettings {
  selfRegistration: boolean;
  defaultLocale: Locale;
}
