import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppError, APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import type { WebinarRemovalReason } from '@bina-pustaka/shared-contracts';
import type { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { MediaWorkerPool } from '../media-worker-pool';
import { WebinarAttendance } from '../services/webinar-attendance.service';
import { Room, type RoomHooks } from './room';

/** How often open visits of this process's rooms are marked alive. */
const KEEP_ALIVE_MS = 30_000;
/** A visit nobody marked alive for this long belonged to a process that stopped. */
const VISIT_STALE_SECONDS = 120;

/**
 * The live rooms of this api process, one per session, made one at a time (two people
 * joining at once get the same room). Rooms on a worker that died are rebuilt on another.
 */
@Injectable()
export class RoomRegistry implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RoomRegistry.name);
  private readonly rooms = new Map<string, Room>();
  private readonly creating = new Map<string, Promise<Room>>();
  private unsubscribe: (() => void) | null = null;
  private keepAliveTimer: NodeJS.Timeout | null = null;
  private readonly hooks: RoomHooks;

  constructor(
    private readonly pool: MediaWorkerPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attendance: WebinarAttendance,
  ) {
    this.hooks = {
      async entered(peer) {
        peer.visitId = await attendance.visitStarted(peer.sessionId, peer.userId, peer.role);
      },
      async left(peer) {
        if (peer.visitId) await attendance.visitEnded(peer.visitId);
        peer.visitId = null;
      },
    };
  }

  onModuleInit(): void {
    this.keepAliveTimer = setInterval(() => {
      this.attendance
        .keepAlive(this.openVisitIds(), VISIT_STALE_SECONDS)
        .catch((error: Error) => this.logger.error(`keeping visits alive: ${error.message}`));
    }, KEEP_ALIVE_MS);
    this.keepAliveTimer.unref();
    this.unsubscribe = this.pool.onWorkerDied(({ lostRouters }) => {
      for (const room of this.rooms.values()) {
        if (!room.usesAnyOf(lostRouters)) continue;
        room
          .restart()
          .catch((error: Error) => this.logger.error(`room ${room.session.id} could not move: ${error.message}`));
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    if (this.keepAliveTimer) clearInterval(this.keepAliveTimer);
    this.unsubscribe?.();
    // People are not told the room ended: their clients reconnect to the api when it is back.
    await Promise.all([...this.rooms.values()].map((room) => room.close('replaced')));
    this.rooms.clear();
  }

  /** The attendance visits of everyone inside a room of this process. */
  openVisitIds(): string[] {
    return [...this.rooms.values()].flatMap((room) =>
      [...room.peers.values()].flatMap((peer) => (peer.visitId ? [peer.visitId] : [])),
    );
  }

  get(sessionId: string): Room | undefined {
    return this.rooms.get(sessionId);
  }

  async getOrCreate(session: WebinarSessionEntity): Promise<Room> {
    if (session.status !== 'scheduled' && session.status !== 'live') throw new AppError(409, 'webinar.closed');
    const existing = this.rooms.get(session.id);
    if (existing && !existing.isClosed) return existing;
    let creating = this.creating.get(session.id);
    if (!creating) {
      creating = Room.create(
        {
          id: session.id,
          title: session.title,
          status: session.status,
          requireAdmission: session.requireAdmission,
          capacity: session.capacity,
        },
        this.pool,
        this.config.webinar,
        this.hooks,
      )
        .then((room) => {
          this.rooms.set(session.id, room);
          return room;
        })
        .finally(() => this.creating.delete(session.id));
      this.creating.set(session.id, creating);
    }
    return creating;
  }

  async close(sessionId: string, reason: WebinarRemovalReason): Promise<void> {
    const room = this.rooms.get(sessionId);
    this.rooms.delete(sessionId);
    await room?.close(reason);
  }
}
