import type { Principal } from '@bina-pustaka/api-platform';
import type { WebinarRoomRole, WebinarStaffRole } from '@bina-pustaka/shared-contracts';
import type { WebinarSessionEntity } from '../entities/webinar-session.entity';

/** Coordinators and admins manage every session. */
export const isStaff = (actor: Pick<Principal, 'roles'>) =>
  actor.roles.includes('coordinator') || actor.roles.includes('admin');

/** Who may edit, open, end a session and read its ledger: coordinators, admins, its author and its hosts. */
export function canManage(
  actor: Pick<Principal, 'userId' | 'roles'>,
  session: Pick<WebinarSessionEntity, 'createdById'>,
  staffRole: WebinarStaffRole | null,
): boolean {
  return isStaff(actor) || session.createdById === actor.userId || staffRole === 'host';
}

/**
 * A person's role in the room: their staff role, host for those who manage the session,
 * attendee for its audience, none for anyone else.
 */
export function roomRoleOf(
  managing: boolean,
  staffRole: WebinarStaffRole | null,
  inAudience: boolean,
): WebinarRoomRole | null {
  if (staffRole) return staffRole;
  if (managing) return 'host';
  return inAudience ? 'attendee' : null;
}

/** Whether a patch names an audience, course or cohort other than the session's. */
export function movesAudience(
  session: Pick<WebinarSessionEntity, 'audience' | 'courseId' | 'cohortId'>,
  patch: { audience?: string; courseId?: string | null; cohortId?: string | null },
): boolean {
  return (
    (patch.audience !== undefined && patch.audience !== session.audience) ||
    (patch.courseId !== undefined && patch.courseId !== session.courseId) ||
    (patch.cohortId !== undefined && patch.cohortId !== session.cohortId)
  );
}
