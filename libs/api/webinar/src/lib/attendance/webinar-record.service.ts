import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  LearningRecordRegistryService,
  type LearningRecordPart,
  type LearningRecordSource,
} from '@bina-pustaka/api-platform';
import type { CertificateRole, WebinarRoomRole } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';

/** The part a room role is in a training record: those who led the session and those who took part. */
const RECORD_ROLE: Record<WebinarRoomRole, CertificateRole> = {
  host: 'narasumber',
  presenter: 'narasumber',
  moderator: 'moderator',
  attendee: 'peserta',
};

/**
 * Webinars' part of a librarian's learning record (issue 16): the sessions they were in,
 * from the settled attendance ledger (written when a session ends), at the session's times.
 */
@Injectable()
export class WebinarRecordService implements LearningRecordSource, OnModuleInit {
  readonly name = 'webinar';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: LearningRecordRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<LearningRecordPart> {
    const rows: { sourceId: string; title: string; role: WebinarRoomRole; startedAt: Date; endedAt: Date }[] =
      await this.dataSource.query(
        `SELECT s.id AS "sourceId", s.title, a.role, s.starts_at AS "startedAt",
                GREATEST(s.starts_at, COALESCE(s.ended_at, s.starts_at + make_interval(mins => s.duration_minutes)))
                  AS "endedAt"
           FROM webinar_attendance a JOIN webinar_sessions s ON s.id = a.session_id
          WHERE a.user_id = $1`,
        [userId],
      );
    return {
      activities: rows.map(({ role, ...row }) => ({
        ...row,
        kind: 'webinar',
        role: RECORD_ROLE[role],
        organiser: null,
      })),
    };
  }
}
