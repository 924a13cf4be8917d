import { Injectable } from '@nestjs/common';
import { AppError } from '@bina-pustaka/api-platform';
import {
  pollFor,
  questionFor,
  WebinarInteractionsService,
  type PollTally,
  type QuestionTally,
} from '../webinar-interactions.service';
import type { Room } from '../room';
import { MODERATORS, roomHandler, SPEAKERS, type RoomHandler } from '../room-handler';

/** Each reader is told whether they voted themselves. */
function shareQuestion(room: Room, tally: QuestionTally): void {
  for (const peer of room.members.peers.values()) peer.socket.emit('qa:question', questionFor(tally, peer.userId));
}

function sharePoll(room: Room, tally: PollTally): void {
  for (const peer of room.members.peers.values()) peer.socket.emit('poll:updated', pollFor(tally, peer.userId));
}

/** Chat, questions and answers, raised hands, polls, and how each person's connection is doing. */
@Injectable()
export class ConversationHandlers {
  constructor(private readonly interactions: WebinarInteractionsService) {}

  handlers(): RoomHandler[] {
    return [
      roomHandler({
        message: 'chat:send',
        who: 'inside',
        typed: true,
        handle: async ({ room, peer }, { body }) => {
          if (room.members.chatLocked && peer.role === 'attendee') throw new AppError(403, 'webinar.chatLocked');
          const message = await this.interactions.sendChat(room.session.id, peer.userId, peer.name, body);
          room.members.broadcast('chat:message', [message], peer);
          return message;
        },
      }),
      roomHandler({
        message: 'chat:delete',
        who: MODERATORS,
        handle: async ({ room, peer }, { messageId }) => {
          await this.interactions.deleteChat(room.session.id, messageId, peer.userId);
          room.members.broadcast('chat:deleted', [{ messageId }]);
          return null;
        },
      }),
      roomHandler({
        message: 'qa:ask',
        who: 'inside',
        typed: true,
        handle: async ({ room, peer }, { body }) => {
          const tally = await this.interactions.ask(room.session.id, peer.userId, body);
          shareQuestion(room, tally);
          return questionFor(tally, peer.userId);
        },
      }),
      roomHandler({
        message: 'qa:upvote',
        who: 'inside',
        handle: async ({ room, peer }, { questionId }) => {
          shareQuestion(room, await this.interactions.upvote(room.session.id, questionId, peer.userId));
          return null;
        },
      }),
      roomHandler({
        message: 'qa:answered',
        who: SPEAKERS,
        handle: async ({ room }, { questionId }) => {
          shareQuestion(room, await this.interactions.markAnswered(room.session.id, questionId));
          return null;
        },
      }),
      roomHandler({
        message: 'hand:raise',
        who: 'inside',
        handle: async ({ room, peer }) => {
          room.members.raiseHand(peer);
          return null;
        },
      }),
      roomHandler({
        message: 'network:report',
        who: 'inside',
        handle: async ({ room, peer }, { quality }) => {
          room.members.reportNetwork(peer, quality);
          return null;
        },
      }),
      roomHandler({
        message: 'hand:lower',
        who: 'inside',
        handle: async ({ room, peer }, { userId }) => {
          if (userId && userId !== peer.userId && !peer.moderates) throw new AppError(403, 'webinar.notAllowed');
          room.members.lowerHand(userId ?? peer.userId);
          return null;
        },
      }),
      roomHandler({
        message: 'poll:create',
        who: SPEAKERS,
        handle: async ({ room, peer }, { question, options }) => {
          const tally = await this.interactions.createPoll(room.session.id, peer.userId, question, options);
          sharePoll(room, tally);
          return pollFor(tally, peer.userId);
        },
      }),
      roomHandler({
        message: 'poll:vote',
        who: 'inside',
        handle: async ({ room, peer }, { pollId, option }) => {
          sharePoll(room, await this.interactions.vote(room.session.id, pollId, peer.userId, option));
          return null;
        },
      }),
      roomHandler({
        message: 'poll:close',
        who: SPEAKERS,
        handle: async ({ room }, { pollId }) => {
          sharePoll(room, await this.interactions.closePoll(room.session.id, pollId));
          return null;
        },
      }),
    ];
  }
}
