import { ROLES, ROLES_COORDINATOR_MAY_GRANT, type Role } from '@bina-pustaka/shared-contracts';

export { INVITATION_STATUSES, ROLES, USER_STATUSES } from '@bina-pustaka/shared-contracts';

/** Who may open the user administration screen. */
export const USER_ADMIN_ROLES: readonly Role[] = ['admin', 'coordinator'];

export function hasAnyRole(userRoles: readonly Role[] | undefined, allowed: readonly Role[]): boolean {
  return !!userRoles?.some((role) => allowed.includes(role));
}

/** Roles the signed-in person may hand out in an invitation. */
export function grantableRoles(userRoles: readonly Role[]): readonly Role[] {
  if (userRoles.includes('admin')) return ROLES;
  if (userRoles.includes('coordinator')) return ROLES_COORDINATOR_MAY_GRANT;
  return [];
}

/** Who authors courses (and adds reference materials): trainers and the staff above them. */
export const COURSE_AUTHOR_ROLES: readonly Role[] = ['trainer', 'coordinator', 'admin'];

/** Who runs cohorts (angkatan): enrols, approves, moves and withdraws learners. */
export const COHORT_MANAGER_ROLES: readonly Role[] = ['coordinator', 'admin'];

/** Who designs certificate templates and issues, revokes and reissues certificates (also a webinar's). */
export const CERTIFICATE_MANAGER_ROLES: readonly Role[] = ['coordinator', 'admin'];

/** Who schedules webinars (the shell's menu needs it before the webinar pages load). */
export const WEBINAR_SCHEDULER_ROLES: readonly Role[] = ['trainer', 'coordinator', 'admin'];

/** Who reads the audit log of security-relevant actions. */
export const AUDIT_LOG_ROLES: readonly Role[] = ['admin'];

/** Who finds librarians and reads their learning records (the api holds coordinators to their institution where set). */
export const LEARNING_RECORD_ROLES: readonly Role[] = ['coordinator', 'admin'];

/** Who creates focus groups and follows the action items of every group (the api decides the rest). */
export const FOCUS_GROUP_ORGANISER_ROLES: readonly Role[] = ['coordinator', 'admin'];

/** Who builds surveys (evaluations, satisfaction surveys) and reads their results; the api checks each survey. */
export const SURVEY_BUILDER_ROLES: readonly Role[] = ['trainer', 'coordinator', 'admin'];

/** Who keeps the libraries and partner organisations (lembaga & mitra) and their logos. */
export const PARTNER_MANAGER_ROLES: readonly Role[] = ['coordinator', 'admin'];

/** Who creates events (and issues their certificates); each event's organisers manage only theirs, which the api decides. */
export const EVENT_CREATOR_ROLES: readonly Role[] = ['coordinator', 'admin'];

/**
 * Who finds "Acara" in the staff navigation: the creators and trainers, who are most often
 * added as organisers. Anyone signed in may open the list; the api shows each their events.
 */
export const EVENT_STAFF_ROLES: readonly Role[] = ['trainer', 'coordinator', 'admin'];
