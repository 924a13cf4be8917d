import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WebinarAudienceSourcesService, type WebinarAudienceSource } from '@bina-pustaka/api-webinar';
import { DataSource } from 'typeorm';
import { EventWebinarService } from '../organising/event-webinar.service';
import { EventLiveChangesService } from '../shared/event-live-changes.service';

/**
 * Who the webinar part lets into an online or hybrid event's room beside its own staff:
 * members with a confirmed registration, and the event's people with an account (speakers,
 * authors, facilitators: a host gives them the floor in the room). Read from the
 * registrations each time the webinar part asks (the join ticket, the socket's handshake),
 * so there is no second list to keep in step; when registrations change, the open sockets of
 * the event's room are looked over again, so a cancelled member leaves the room.
 */
@Injectable()
export class EventWebinarAudienceService implements WebinarAudienceSource, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sources: WebinarAudienceSourcesService,
    private readonly live: EventLiveChangesService,
    private readonly webinar: EventWebinarService,
  ) {}

  onModuleInit(): void {
    this.sources.add(this);
    this.live.listen(({ eventId }) => this.registrationsChanged(eventId));
  }

  async includes(sessionId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM events e
        WHERE e.webinar_session_id = $1 AND e.status = 'published' AND e.format <> 'in-person'
          AND (EXISTS (SELECT 1 FROM event_registrations r
                        WHERE r.event_id = e.id AND r.user_id = $2 AND r.status = 'confirmed')
               OR EXISTS (SELECT 1 FROM event_people p WHERE p.event_id = e.id AND p.user_id = $2))`,
      [sessionId, userId],
    );
    return rows.length > 0;
  }

  private async registrationsChanged(eventId: string): Promise<void> {
    const rows: { sessionId: string }[] = await this.db.query(
      `SELECT webinar_session_id AS "sessionId" FROM events WHERE id = $1 AND webinar_session_id IS NOT NULL`,
      [eventId],
    );
    if (rows.length > 0) await this.webinar.recheck(rows[0].sessionId);
  }
}
