import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { WebinarVisitEntity } from '../entities/webinar-attendance.entity';
import type { Peer } from '../room/peer';
import type { RoomHooks } from '../room/room';

/** How often open visits of this process's rooms are marked alive. */
const KEEP_ALIVE_MS = 30_000;
/** A visit nobody marked alive for this long belonged to a process that stopped. */
const VISIT_STALE_SECONDS = 120;

/**
 * Visits as they happen: the rooms of this process say who entered and who left, and each
 * stay becomes a webinar_visits row. Open visits are marked alive every 30 s, so a visit
 * whose api process stopped ends when it was last seen instead of counting the downtime.
 */
@Injectable()
export class WebinarVisitsService implements RoomHooks, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WebinarVisitsService.name);
  /** The open visit of each person inside a room of this process. */
  private readonly open = new Map<Peer, string>();
  private keepAliveTimer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.keepAliveTimer = setInterval(() => {
      this.keepAlive().catch((error: Error) => this.logger.error(`keeping visits alive: ${error.message}`));
    }, KEEP_ALIVE_MS);
    this.keepAliveTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.keepAliveTimer) clearInterval(this.keepAliveTimer);
  }

  async entered(peer: Peer): Promise<void> {
    const visit = await this.dataSource.getRepository(WebinarVisitEntity).save({
      sessionId: peer.sessionId,
      userId: peer.userId,
      role: peer.role,
      joinedAt: new Date(),
      leftAt: null,
      seenAt: new Date(),
    });
    this.open.set(peer, visit.id);
  }

  async left(peer: Peer): Promise<void> {
    const visitId = this.open.get(peer);
    if (!visitId) return;
    this.open.delete(peer);
    await this.dataSource
      .getRepository(WebinarVisitEntity)
      .update({ id: visitId, leftAt: IsNull() }, { leftAt: new Date() });
  }

  /**
   * Marks the open visits of this process as seen now, and ends visits nobody has kept
   * alive for two minutes (their api process stopped) when they were last seen.
   */
  async keepAlive(): Promise<void> {
    const visitIds = [...this.open.values()];
    if (visitIds.length > 0) {
      await this.dataSource.query(`UPDATE webinar_visits SET seen_at = now() WHERE left_at IS NULL AND id = ANY($1)`, [
        visitIds,
      ]);
    }
    await this.dataSource.query(
      `UPDATE webinar_visits SET left_at = GREATEST(joined_at, seen_at)
       WHERE left_at IS NULL AND seen_at < now() - make_interval(secs => $1)`,
      [VISIT_STALE_SECONDS],
    );
  }
}
