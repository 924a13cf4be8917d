/**
 * After an event (issue 15): the attendance export and certificates by role. Kept apart from
 * event.types.ts so the stages can grow their contracts side by side.
 */

/**
 * Certificates an event gives: participants who were checked in (peserta), speakers and
 * authors (narasumber), the committee (panitia) and facilitators (fasilitator).
 */
export const EVENT_CERTIFICATE_ROLES = ['peserta', 'narasumber', 'panitia', 'fasilitator'] as const;
export type EventCertificateRole = (typeof EVENT_CERTIFICATE_ROLES)[number];

export interface EventCertificateRoleOutcome {
  role: EventCertificateRole;
  /** People in this role who can be given one: a member, or a guest with an email. */
  people: number;
  /** People in this role with neither an account nor an email (a walk-in who left none, a speaker without an account). */
  skipped: number;
  /** Certificates asked for now (queued for rendering). */
  queued: number;
  /** People who already held this certificate: left as they were. */
  alreadyHeld: number;
}

export interface EventCertificatesResult {
  roles: EventCertificateRoleOutcome[];
  /** Facilitators whose credited hours entered their learning record now (0 when they were there already). */
  creditedFacilitators: number;
}
