import { signal } from '@angular/core';
import type {
  WebinarChatMessage,
  WebinarPoll,
  WebinarQuestion,
  WebinarRoomState,
} from '@bina-pustaka/shared-contracts';
import type { RoomConnection, RoomEventBinder } from './room-connection';
import type { RoomNotices } from './room-notices';

/** The chat keeps this many of the latest messages. */
const MAX_CHAT = 500;

/** What the room says in writing: chat, Q&A and polls (the server's conversation handlers). */
export class RoomConversation {
  readonly chat = signal<WebinarChatMessage[]>([]);
  readonly chatLocked = signal(false);
  readonly questions = signal<WebinarQuestion[]>([]);
  readonly polls = signal<WebinarPoll[]>([]);

  constructor(
    private readonly connection: RoomConnection,
    private readonly notices: RoomNotices,
  ) {}

  entered(room: WebinarRoomState): void {
    this.chat.set(room.chat.slice(-MAX_CHAT));
    this.chatLocked.set(room.chatLocked);
    this.questions.set(room.questions);
    this.polls.set(room.polls);
  }

  listen(on: RoomEventBinder): void {
    on('chat:message', (message) => this.upsertChat(message));
    on('chat:deleted', ({ messageId }) => this.chat.update((list) => list.filter((item) => item.id !== messageId)));
    on('chat:locked', ({ locked }) => {
      this.chatLocked.set(locked);
      this.notices.announce(locked ? 'room.notice.chatLocked' : 'room.notice.chatUnlocked');
    });
    on('qa:question', (question) => this.upsertQuestion(question));
    on('poll:updated', (poll) => this.upsertPoll(poll));
  }

  sendChat(body: string): Promise<WebinarChatMessage> {
    return this.connection.request('chat:send', { body }).then((message) => {
      this.upsertChat(message);
      return message;
    });
  }

  deleteChat(messageId: string): Promise<null> {
    return this.connection.request('chat:delete', { messageId }).then((answer) => {
      this.chat.update((list) => list.filter((item) => item.id !== messageId));
      return answer;
    });
  }

  /** Hosts and moderators: attendees may not write while the chat is locked. */
  lockChat(locked: boolean): Promise<null> {
    return this.connection.request('host:lockChat', { locked });
  }

  ask(body: string): Promise<WebinarQuestion> {
    return this.connection.request('qa:ask', { body }).then((question) => {
      this.upsertQuestion(question);
      return question;
    });
  }

  upvote(questionId: string): Promise<null> {
    return this.connection.request('qa:upvote', { questionId });
  }

  markAnswered(questionId: string): Promise<null> {
    return this.connection.request('qa:answered', { questionId });
  }

  createPoll(question: string, options: string[]): Promise<WebinarPoll> {
    return this.connection.request('poll:create', { question, options }).then((poll) => {
      this.upsertPoll(poll);
      return poll;
    });
  }

  vote(pollId: string, option: number): Promise<null> {
    this.polls.update((list) => list.map((poll) => (poll.id === pollId ? { ...poll, myChoice: option } : poll)));
    return this.connection.request('poll:vote', { pollId, option });
  }

  closePoll(pollId: string): Promise<null> {
    return this.connection.request('poll:close', { pollId });
  }

  private upsertChat(message: WebinarChatMessage): void {
    this.chat.update((list) => {
      if (list.some((item) => item.id === message.id)) return list;
      const next = [...list, message];
      return next.length > MAX_CHAT ? next.slice(-MAX_CHAT) : next;
    });
  }

  private upsertQuestion(question: WebinarQuestion): void {
    this.questions.update((list) =>
      list.some((item) => item.id === question.id)
        ? list.map((item) => (item.id === question.id ? question : item))
        : [...list, question],
    );
  }

  private upsertPoll(poll: WebinarPoll): void {
    const known = this.polls().some((item) => item.id === poll.id);
    this.polls.update((list) => (known ? list.map((item) => (item.id === poll.id ? poll : item)) : [...list, poll]));
    if (!known && poll.open) this.notices.announce('room.notice.newPoll', { question: poll.question });
  }
}
