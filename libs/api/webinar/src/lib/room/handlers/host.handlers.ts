import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '@bina-pustaka/api-platform';
import { WebinarLifecycleService } from '../webinar-lifecycle.service';
import { WebinarSessionsService } from '../../sessions/webinar-sessions.service';
import type { Peer } from '../peer';
import type { Room } from '../room';
import { HOSTS, MODERATORS, roomHandler, type RoomHandler } from '../room-handler';

function personIn(room: Room, userId: string): Peer {
  const peer = room.members.peers.get(userId);
  if (!peer) throw new AppError(404, 'webinar.personNotInRoom');
  return peer;
}

/** What hosts (and for the lobby, moderators) do to others in the room. */
@Injectable()
export class HostHandlers {
  private readonly logger = new Logger(HostHandlers.name);

  constructor(
    private readonly sessions: WebinarSessionsService,
    private readonly lifecycle: WebinarLifecycleService,
  ) {}

  handlers(): RoomHandler[] {
    return [
      roomHandler({
        message: 'host:admit',
        who: MODERATORS,
        handle: async ({ room }, { userId }) => {
          room.members.admit(userId);
          return null;
        },
      }),
      roomHandler({
        message: 'host:deny',
        who: MODERATORS,
        handle: async ({ room }, { userId }) => {
          room.members.deny(userId);
          return null;
        },
      }),
      roomHandler({
        message: 'host:mute',
        who: HOSTS,
        handle: async ({ room, peer }, { userId }) => {
          const targets = userId
            ? [personIn(room, userId)]
            : [...room.members.peers.values()].filter((other) => other !== peer);
          await Promise.all(targets.map((target) => room.media.mute(target)));
          return null;
        },
      }),
      roomHandler({
        message: 'host:stopVideo',
        who: HOSTS,
        handle: async ({ room }, { userId }) => {
          room.media.stopVideo(personIn(room, userId));
          return null;
        },
      }),
      roomHandler({
        message: 'host:allowSpeak',
        who: HOSTS,
        handle: async ({ room }, { userId, allowed }) => {
          room.members.allowToSpeak(personIn(room, userId), allowed);
          return null;
        },
      }),
      roomHandler({
        message: 'host:setRole',
        who: HOSTS,
        handle: async ({ room }, { userId, role }) => {
          room.members.changeRole(personIn(room, userId), role);
          return null;
        },
      }),
      roomHandler({
        message: 'host:remove',
        who: HOSTS,
        handle: async ({ room, peer }, { userId }) => {
          if (userId === peer.userId) throw new AppError(409, 'webinar.cannotRemoveSelf');
          const target = room.members.peers.get(userId) ?? room.members.lobby.get(userId);
          if (!target) throw new AppError(404, 'webinar.personNotInRoom');
          if (target.role === 'host') throw new AppError(409, 'webinar.hostRoleFixed');
          // Banned first: a ticket they fetch in the meantime is refused at the door.
          await this.sessions.ban(room.session.id, userId, peer.userId);
          room.members.dismiss(target, 'removed');
          return null;
        },
      }),
      roomHandler({
        message: 'host:lockChat',
        who: HOSTS,
        handle: async ({ room }, { locked }) => {
          room.members.lockChat(locked);
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
