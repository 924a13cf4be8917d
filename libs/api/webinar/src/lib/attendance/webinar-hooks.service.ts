import { Injectable, Logger } from '@nestjs/common';

/** A session that has just ended, with its settled ledger's attendees. */
export interface EndedWebinar {
  id: string;
  title: string;
  courseId: string | null;
  /** Everyone in the settled ledger with the attendee role (not the staff). */
  attendeeIds: string[];
}

export type WebinarEndedListener = (session: EndedWebinar) => Promise<void>;

/**
 * Keeps some attendees out of a session's participant certificates (e.g. an evaluation
 * survey required for it and not answered): the withheld people, each with the message key
 * that says why.
 */
export interface WebinarCertificateGate {
  withheld(sessionId: string, userIds: readonly string[]): Promise<Map<string, string>>;
}

/**
 * Where later domains (surveys) hook into webinars without webinar importing them (which
 * would be a cycle): they are told when a session has ended and settled, and they may keep
 * attendees from its certificates. Registered at their module's init, like completion conditions.
 */
@Injectable()
export class WebinarHooksService {
  private readonly logger = new Logger(WebinarHooksService.name);
  private readonly endedListeners: WebinarEndedListener[] = [];
  private readonly certificateGates: WebinarCertificateGate[] = [];

  onEnded(listener: WebinarEndedListener): void {
    this.endedListeners.push(listener);
  }

  addCertificateGate(gate: WebinarCertificateGate): void {
    this.certificateGates.push(gate);
  }

  /** Tells every listener; one that fails is logged and does not keep the others (or the settlement) back. */
  async ended(session: EndedWebinar): Promise<void> {
    for (const listener of this.endedListeners) {
      await listener(session).catch((error: Error) =>
        this.logger.error(`after webinar ${session.id} ended: ${error.message}`),
      );
    }
  }

  /** Of these attendees, those every gate lets through, and the withheld ones with the reason's message key. */
  async certifiable(
    sessionId: string,
    userIds: readonly string[],
  ): Promise<{ allowed: string[]; withheld: Map<string, string> }> {
    const withheld = new Map<string, string>();
    for (const gate of this.certificateGates) {
      const open = userIds.filter((userId) => !withheld.has(userId));
      for (const [userId, reason] of await gate.withheld(sessionId, open)) withheld.set(userId, reason);
    }
    return { allowed: userIds.filter((userId) => !withheld.has(userId)), withheld };
  }
}
