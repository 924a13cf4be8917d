import { Injectable } from '@nestjs/common';
import { WebinarLedgerReaderService } from '@bina-pustaka/api-webinar';
import type { WebinarRoomRole } from '@bina-pustaka/shared-contracts';
import type { EventEntity } from '../entities/event.entity';

export interface OnlineStay {
  role: WebinarRoomRole;
  minutes: number;
  /** Of the room's scheduled time (the event's first day). */
  percent: number;
}

/**
 * Attendance in an online or hybrid event's webinar room, from the webinar part's settled
 * ledger, by member (the ledger knows accounts). Null when the event has no room or its
 * ledger is not settled yet (the room has not ended): nothing to count before.
 */
@Injectable()
export class EventOnlineAttendanceService {
  constructor(private readonly ledger: WebinarLedgerReaderService) {}

  async of(event: Pick<EventEntity, 'format' | 'webinarSessionId'>): Promise<Map<string, OnlineStay> | null> {
    if (event.format === 'in-person' || !event.webinarSessionId) return null;
    const session = await this.ledger.session(event.webinarSessionId);
    if (!session?.attendanceSettledAt) return null;
    const rows = await this.ledger.settledAttendance(session.id);
    return new Map(rows.map(({ userId, ...stay }) => [userId, stay]));
  }
}

/** A registration's minutes: a member's from the ledger (0 when they never came in), null for a guest or no ledger. */
export function onlineMinutes(online: Map<string, OnlineStay> | null, userId: string | null): number | null {
  if (!online || !userId) return null;
  return online.get(userId)?.minutes ?? 0;
}
