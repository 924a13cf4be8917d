import type { CurrentUser, InstitutionRef, UserSummary } from '@bina-pustaka/shared-contracts';
import type { InstitutionEntity } from '../entities/institution.entity';
import type { UserEntity } from '../entities/user.entity';

export function institutionRef(institution: InstitutionEntity | null | undefined): InstitutionRef | null {
  return institution ? { id: institution.id, name: institution.name } : null;
}

/** The user as they see themselves (needs `institution` loaded). */
export function toCurrentUser(user: UserEntity): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    nip: user.nip,
    position: user.position,
    institution: institutionRef(user.institution),
    roles: user.roles,
    locale: user.locale,
  };
}

/** The user as coordinators and admins see them in lists (needs `institution` loaded). */
export function toUserSummary(user: UserEntity): UserSummary {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    nip: user.nip,
    position: user.position,
    institution: institutionRef(user.institution),
    roles: user.roles,
    status: user.status,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
