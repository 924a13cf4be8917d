import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppError, APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import type { WebinarRemovalReason } from '@bina-pustaka/shared-contracts';
import type { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { MediaWorkerPool } from '../media/media-worker-pool';
import { Room, type RoomHooks } from './room';

/** Who hears about people entering and leaving rooms (the attendance stage provides it). */
export const ROOM_HOOKS = Symbol('ROOM_HOOKS');

/**
 * The live rooms of this api process, one per session, made one at a time (two people
 * joining at once get the same room). Rooms on a worker that died are rebuilt on another.
 */
@Injectable()
export class RoomRegistryService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RoomRegistryService.name);
  private readonly rooms = new Map<string, Room>();
  private readonly creating = new Map<string, Promise<Room>>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly pool: MediaWorkerPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOM_HOOKS) private readonly hooks: RoomHooks,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.pool.onWorkerDied(({ lostRouters }) => {
      for (const room of this.rooms.values()) {
        if (!room.media.usesAnyOf(lostRouters)) continue;
        room.media
          .restart()
          .catch((error: Error) => this.logger.error(`room ${room.session.id} could not move: ${error.message}`));
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe?.();
    // People are not told the room ended: their clients reconnect to the api when it is back.
    await Promise.all([...this.rooms.values()].map((room) => room.close('replaced')));
    this.rooms.clear();
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
