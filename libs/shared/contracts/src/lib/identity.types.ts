import type { Locale } from './common.types';

export const ROLES = ['learner', 'trainer', 'moderator', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a coordinator may hand out; only an admin makes coordinators and admins. */
export const ROLES_COORDINATOR_MAY_GRANT: readonly Role[] = ['learner', 'trainer'];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

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

export interface InvitationPreview {
  email: string;
  fullName: string;
  roles: Role[];
  institution: InstitutionRef | null;
  invitedBy: string | null;
  expiresAt: string;
}

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

/** What an institution is to the library: itself and the partners it runs programmes with. */
export const INSTITUTION_KINDS = ['library', 'university', 'community', 'school', 'government', 'other'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** A logo is shown small (lists, event pages, certificates): PNG, JPEG or WebP up to 512 kB. */
export const INSTITUTION_LOGO_MAX_BYTES = 512 * 1024;

/** An Indonesian phone or WhatsApp number once its spaces, dots, dashes and brackets are gone. */
export const INDONESIAN_PHONE = /^(\+62|0)\d{7,13}$/;

/** The digits of a number as people write it ("0812-3456-7890", "+62 812 3456 7890", "(021) 555 1234"). */
export const phoneDigits = (phone: string): string => phone.trim().replace(/[\s.()-]/g, '');

export interface InstitutionContact {
  name: string | null;
  email: string | null;
  /** Digits only, starting with 0 or +62. */
  phone: string | null;
}

/** A library, or a partner organisation (university, community, school...) it runs programmes with. */
export interface Institution {
  id: string;
  name: string;
  city: string | null;
  kind: InstitutionKind;
  website: string | null;
  description: string | null;
  contact: InstitutionContact;
  /** Public and cacheable (named by the image's content hash); null when there is none. */
  logoUrl: string | null;
}

export interface PublicSettings {
  selfRegistration: boolean;
  defaultLocale: Locale;
}

/** The word a person types to confirm deleting their own account. */
export const ACCOUNT_DELETION_WORD = 'HAPUS';
