import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '@bina-pustaka/api-platform';
import { WebinarLifecycle } from '../../services/webinar-lifecycle.service';
import { WebinarSessions } from '../../services/webinar-sessions.service';
import type { Peer } from '../peer';
import type { Room } from '../room';
import { HOSTS, MODERATORS, roomHandler, type RoomHandler } from '../room-handler';

function personIn(room: Room, userId: string): Peer {
  const peer = room.peers.get(userId);
  if (!peer) throw new AppError(404, 'webinar.personNotInRoom');
  return peer;
}

/** What hosts (and for the lobby, moderators) do to others in the room. */
@Injectable()
export class HostHandlers {
  private readonly logger = new Logger(HostHandlers.name);

  constructor(
    private readonly sessions: WebinarSessions,
    private readonly lifecycle: WebinarLifecycle,
  ) {}

  handlers(): RoomHandler[] {
    return [
      roomHandler({
        message: 'host:admit',
        who: MODERATORS,
        handle: async ({ room }, { userId }) => {
          room.admit(userId);
          return null;
        },
      }),
      roomHandler({
        message: 'host:deny',
        who: MODERATORS,
        handle: async ({ room }, { userId }) => {
          room.deny(userId);
          return null;
        },
      }),
      roomHandler({
        message: 'host:mute',
        who: HOSTS,
        handle: async ({ room, peer }, { userId }) => {
          const targets = userId
            ? [personIn(room, userId)]
            : [...room.peers.values()].filter((other) => other !== peer);
          await Promise.all(targets.map((target) => room.mute(target)));
          return null;
        },
      }),
      roomHandler({
        message: 'host:stopVideo',
        who: HOSTS,
        handle: async ({ room }, { userId }) => {
          room.stopVideo(personIn(room, userId));
          return null;
        },
      }),
      roomHandler({
        message: 'host:allowSpeak',
        who: HOSTS,
        handle: async ({ room }, { userId, allowed }) => {
          room.allowToSpeak(personIn(room, userId), allowed);
          return null;
        },
      }),
      roomHandler({
        message: 'host:setRole',
        who: HOSTS,
        handle: async ({ room }, { userId, role }) => {
          room.changeRole(personIn(room, userId), role);
          return null;
        },
      }),
      roomHandler({
        message: 'host:remove',
        who: HOSTS,
        handle: async ({ room, peer }, { userId }) => {
          if (userId === peer.userId) throw new AppError(409, 'webinar.cannotRemoveSelf');
          const target = room.peers.get(userId) ?? room.lobby.get(userId);
          if (!target) throw new AppError(404, 'webinar.personNotInRoom');
          if (target.role === 'host') throw new AppError(409, 'webinar.hostRoleFixed');
          // Banned first: a ticket they fetch in the meantime is refused at the door.
          await this.sessions.ban(room.session.id, userId, peer.userId);
          room.dismiss(target, 'removed');
          return null;
        },
      }),
      roomHandler({
        message: 'host:lockChat',
        who: HOSTS,
        handle: async ({ room }, { locked }) => {
          room.chatLocked = locked;
          room.broadcast('chat:locked', [{ locked }]);
          return null;
        },
      }),
      roomHandler({
        message: 'host:end',
        who: HOSTS,
        handle: async ({ room }) => {
          const session = await this.sessions.find(room.session.id);
          if (session?.status !== 'live') throw new AppError(409, 'webinar.notLive');
          // After the acknowledgement: ending closes the host's own socket too.
          setImmediate(() => {
            this.lifecycle.endSession(room.session.id).catch((error: Error) => {
              this.logger.error(`ending ${room.session.id}: ${error.message}`);
            });
          });
          return null;
        },
      }),
    ];
  }
}
