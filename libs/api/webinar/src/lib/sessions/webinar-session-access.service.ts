import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@bina-pustaka/api-platform';
import type { WebinarSession } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { WebinarAttendanceEntity } from '../entities/webinar-attendance.entity';
import type { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { WebinarSessionsService, type Actor } from './webinar-sessions.service';

/** What another domain needs to know of a session it hangs something on (an evaluation survey). */
export interface WebinarSessionRef {
  id: string;
  title: string;
  courseId: string | null;
  status: WebinarSession['status'];
  endedAt: Date | null;
}

const refOf = ({ id, title, courseId, status, endedAt }: WebinarSessionEntity): WebinarSessionRef => ({
  id,
  title,
  courseId,
  status,
  endedAt,
});

/**
 * Who may do what with a session, for other domains (surveys), by the same rules as the
 * session's own routes: managers (author, hosts, coordinators, admins), and participants.
 */
@Injectable()
export class WebinarSessionAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: WebinarSessionsService,
  ) {}

  /** The session if this person manages it (404 when they may not even see it, 403 otherwise). */
  async managed(actor: Actor, id: string): Promise<WebinarSessionRef> {
    return refOf(await this.sessions.managed(actor, id));
  }

  /**
   * The session if this person is in its audience (registered, invited, its course or
   * cohort), on its staff, or attended it (the ledger keeps them after a registration is
   * withdrawn); 404 for anyone else.
   */
  async participating(actor: Actor, id: string): Promise<WebinarSessionRef> {
    const session = await this.sessions.find(id);
    if (!session) throw new AppError(404, 'webinar.notFound');
    if (await this.sessions.roleOf(actor, session)) return refOf(session);
    const attended = await this.dataSource
      .getRepository(WebinarAttendanceEntity)
      .existsBy({ sessionId: id, userId: actor.userId });
    if (!attended) throw new AppError(404, 'webinar.notFound');
    return refOf(session);
  }
}
