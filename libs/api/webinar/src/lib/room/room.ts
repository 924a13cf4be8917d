import type { AppConfig } from '@bina-pustaka/api-platform';
import type { WebinarRemovalReason } from '@bina-pustaka/shared-contracts';
import type { types } from 'mediasoup';
import type { MediaWorkerPool } from '../media/media-worker-pool';
import type { Peer } from './peer';
import { RoomMedia } from './room-media';
import { RoomMembership, type RoomSession } from './room-membership';

/**
 * What the room tells the rest of the domain about people (the attendance stage records
 * visits from it), so the room stays about people and media.
 */
export interface RoomHooks {
  entered(peer: Peer): Promise<void>;
  left(peer: Peer): Promise<void>;
}

/**
 * One live webinar on this api process: its people (`members`) and the mediasoup routers
 * carrying their media (`media`). The room ties them together: someone who leaves takes
 * their media along (cascading close), someone who may send less stops sending it, and
 * closing the room sends everyone away before its routers close.
 */
export class Room {
  readonly members: RoomMembership;
  readonly media: RoomMedia;

  private constructor(
    session: RoomSession,
    router: types.Router,
    pool: MediaWorkerPool,
    settings: AppConfig['webinar'],
    hooks: RoomHooks,
  ) {
    this.members = new RoomMembership(session, {
      entered: (peer) => hooks.entered(peer),
      left: async (peer) => {
        this.media.release(peer);
        await hooks.left(peer);
      },
      rightsChanged: (peer) => this.media.closeForbiddenProducers(peer),
    });
    this.media = new RoomMedia(this.members, router, pool, settings);
  }

  static async create(
    session: RoomSession,
    pool: MediaWorkerPool,
    settings: AppConfig['webinar'],
    hooks: RoomHooks,
  ): Promise<Room> {
    const room = new Room(session, await pool.createRouter({ sessionId: session.id }), pool, settings, hooks);
    await room.media.observeSpeakers();
    return room;
  }

  get session(): RoomSession {
    return this.members.session;
  }

  get isClosed(): boolean {
    return this.members.isClosed;
  }

  /** Ends the room for everyone; no one can be in it after this. */
  async close(reason: WebinarRemovalReason): Promise<void> {
    if (this.members.isClosed) return;
    await this.members.close(reason);
    this.media.close();
  }
}
