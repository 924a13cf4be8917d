import { Injectable } from '@nestjs/common';
import type { types } from 'mediasoup';
import { pollFor, questionFor, WebinarInteractionsService } from '../webinar-interactions.service';
import { roomHandler, type RoomHandler } from '../room-handler';

/** Entering the room (or its lobby) and getting everything needed to show it. */
@Injectable()
export class JoinHandlers {
  constructor(private readonly interactions: WebinarInteractionsService) {}

  handlers(): RoomHandler[] {
    return [
      roomHandler({
        message: 'room:join',
        who: 'connected',
        handle: async ({ room, peer }, { rtpCapabilities }) => {
          peer.rtpCapabilities = rtpCapabilities as types.RtpCapabilities;
          if (room.members.peers.get(peer.userId) !== peer) {
            if (room.members.mustWait(peer)) {
              room.members.wait(peer);
              return { state: 'lobby' as const };
            }
            await room.members.enter(peer);
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
              peers: [...room.members.peers.values()].filter((other) => other !== peer).map((other) => other.view()),
              producers: room.media.producers(peer),
              chatLocked: room.members.chatLocked,
              chat,
              questions: questions.map((tally) => questionFor(tally, peer.userId)),
              polls: polls.map((tally) => pollFor(tally, peer.userId)),
              hands: room.members.hands,
              lobby: peer.moderates ? room.members.lobbyEntries() : [],
              activeSpeakerId: room.media.activeSpeakerId,
              largeRoomFrom: room.media.largeRoom,
            },
          };
        },
      }),
    ];
  }
}
