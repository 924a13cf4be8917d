import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  LearningRecordRegistryService,
  type LearningRecordPart,
  type LearningRecordSource,
} from '@bina-pustaka/api-platform';
import type { CertificateRole, EventPersonRole } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';

/** The part an event's person had, as a training record and a certificate name it. */
const RECORD_ROLE: Record<EventPersonRole, CertificateRole> = {
  speaker: 'narasumber',
  author: 'narasumber',
  facilitator: 'fasilitator',
  moderator: 'moderator',
  committee: 'panitia',
};

interface EventRow {
  sourceId: string;
  title: string;
  /** Null for those who came as participants. */
  role: EventPersonRole | null;
  startedAt: Date;
  endedAt: Date;
  partnerIds: string[];
}

/**
 * Events' part of a librarian's learning record (issue 16): the events they came to
 * (checked in at the door, not cancelled) and those they spoke at, facilitated, moderated
 * or ran once they began. The organiser is the event's partner institutions.
 */
@Injectable()
export class EventRecordService implements LearningRecordSource, OnModuleInit {
  readonly name = 'event';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: LearningRecordRegistryService,
    private readonly directory: UserDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<LearningRecordPart> {
    const partners = `ARRAY(SELECT p.institution_id FROM event_partners p WHERE p.event_id = e.id ORDER BY p.position)`;
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT e.id AS "sourceId", e.title, NULL AS role, e.starts_at AS "startedAt", e.ends_at AS "endedAt",
              ${partners} AS "partnerIds"
         FROM event_registrations r JOIN events e ON e.id = r.event_id
        WHERE r.user_id = $1 AND r.checked_in_at IS NOT NULL AND r.status <> 'cancelled' AND e.status <> 'cancelled'
       UNION
       SELECT e.id, e.title, x.role, e.starts_at, e.ends_at, ${partners}
         FROM event_people x JOIN events e ON e.id = x.event_id
        WHERE x.user_id = $1 AND e.status = 'published' AND e.starts_at <= now()`,
      [userId],
    );
    const names = await this.directory.institutionNames(rows.flatMap((row) => row.partnerIds));
    return {
      activities: rows.map(({ partnerIds, role, ...row }) => ({
        ...row,
        kind: 'event',
        role: role === null ? 'peserta' : RECORD_ROLE[role],
        organiser: partnerIds.flatMap((id) => names.get(id) ?? []).join(', ') || null,
      })),
    };
  }
}
