import { Injectable } from '@nestjs/common';
import type { types } from 'mediasoup';
import { pollFor, questionFor, WebinarInteractions } from '../../services/webinar-interactions.service';
import { roomHandler, type RoomHandler } from '../room-handler';

/** Entering the room (or its lobby) and getting everything needed to show it. */
@Injectable()
export class JoinHandlers {
  constructor(private readonly interactions: WebinarInteractions) {}

  handlers(): RoomHandler[] {
    return [
      roomHandler({
        message: 'room:join',
        who: 'connected',
        handle: async ({ room, peer }, { rtpCapabilities }) => {
          peer.rtpCapabilities = rtpCapabilities as types.RtpCapabilities;
          if (room.peers.get(peer.userId) !== peer) {
            if (room.mustWait(peer)) {
              room.wait(peer);
              return { state: 'lobby' as const };
            }
            await room.enter(peer);
          }
          const [chat, questions, polls] = await Promise.all([
            this.interactions.recentChat(room.session.id),
            this.interactions.questions(room.session.id),
            this.interactions.polls(room.session.id),
          ]);
          return {
            state: 'joined' as const,
            room: {
              sessionId: room.session.id,
              title: room.session.title,
              me: peer.view(),
              peers: [...room.peers.values()].filter((other) => other !== peer).map((other) => other.view()),
              producers: room.producers(peer),
              chatLocked: room.chatLocked,
              chat,
              questions: questions.map((tally) => questionFor(tally, peer.userId)),
              polls: polls.map((tally) => pollFor(tally, peer.userId)),
              hands: room.hands,
              lobby: peer.moderates ? room.lobbyEntries() : [],
              activeSpeakerId: room.activeSpeakerId,
              largeRoomFrom: room.largeRoom,
            },
          };
        },
      }),
    ];
  }
}
