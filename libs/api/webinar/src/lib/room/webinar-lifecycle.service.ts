import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { WebinarSession } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { WebinarSessionsService } from '../sessions/webinar-sessions.service';
import { RoomRegistryService } from './room-registry.service';

/** What an ended session leaves to settle: the attendance ledger and what it earns (the attendance stage). */
export interface SessionSettlement {
  settle(session: WebinarSessionEntity): Promise<void>;
}

export const SESSION_SETTLEMENT = Symbol('SESSION_SETTLEMENT');

/**
 * Opening and ending sessions. Opening lets in those who waited for it; ending closes the
 * room for everyone and then hands the session to the settlement (ledger, completion, JP).
 */
@Injectable()
export class WebinarLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: WebinarSessionsService,
    private readonly registry: RoomRegistryService,
    @Inject(SESSION_SETTLEMENT) private readonly settlement: SessionSettlement,
  ) {}

  async open(actor: Principal, id: string): Promise<WebinarSession> {
    const session = await this.sessions.managed(actor, id);
    if (session.status === 'scheduled') {
      await this.dataSource
        .getRepository(WebinarSessionEntity)
        .update({ id, status: 'scheduled' }, { status: 'live', openedAt: new Date() });
      this.registry.get(id)?.members.opened();
    } else if (session.status !== 'live') {
      throw new AppError(409, session.status === 'ended' ? 'webinar.alreadyEnded' : 'webinar.cancelled');
    }
    return this.sessions.view(actor, id);
  }

  async end(actor: Principal, id: string): Promise<WebinarSession> {
    await this.sessions.managed(actor, id);
    await this.endSession(id);
    return this.sessions.view(actor, id);
  }

  /** Ends a live session (from the REST route or a host in the room). */
  async endSession(id: string): Promise<void> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE webinar_sessions SET status = 'ended', ended_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'live' RETURNING id`,
      [id],
    );
    if (rows.length === 0) {
      const session = await this.sessions.find(id);
      throw new AppError(409, session?.status === 'ended' ? 'webinar.alreadyEnded' : 'webinar.notLive');
    }
    await this.registry.close(id, 'ended');
    await this.settlement.settle(await this.dataSource.getRepository(WebinarSessionEntity).findOneByOrFail({ id }));
  }
}
