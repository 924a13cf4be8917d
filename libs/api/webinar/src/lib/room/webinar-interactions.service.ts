import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { WebinarChatMessage, WebinarPoll, WebinarQuestion } from '@bina-pustaka/shared-contracts';
import { DataSource, In, IsNull } from 'typeorm';
import {
  WebinarChatMessageEntity,
  WebinarPollEntity,
  WebinarPollVoteEntity,
  WebinarQuestionEntity,
  WebinarQuestionVoteEntity,
} from '../entities/webinar-interaction.entity';

/** How much chat a person joining late sees. */
const CHAT_HISTORY = 100;

/** A question and who upvoted it, so each reader can be told whether they did. */
export interface QuestionTally {
  question: Omit<WebinarQuestion, 'votedByMe'>;
  voters: Set<string>;
}

/** A poll and each person's choice. */
export interface PollTally {
  poll: Omit<WebinarPoll, 'myChoice'>;
  choices: Map<string, number>;
}

export const questionFor = (tally: QuestionTally, userId: string): WebinarQuestion => ({
  ...tally.question,
  votedByMe: tally.voters.has(userId),
});

export const pollFor = (tally: PollTally, userId: string): WebinarPoll => ({
  ...tally.poll,
  myChoice: tally.choices.get(userId) ?? null,
});

/** Chat, Q&A and polls of a session, persisted so they survive reconnects and can be read later. */
@Injectable()
export class WebinarInteractionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
  ) {}

  async sendChat(sessionId: string, userId: string, name: string, body: string): Promise<WebinarChatMessage> {
    const message = await this.dataSource
      .getRepository(WebinarChatMessageEntity)
      .save({ sessionId, userId, body, deletedAt: null, deletedById: null });
    return { id: message.id, userId, name, body, sentAt: message.sentAt.toISOString() };
  }

  /** Hides a message from everyone (kept for the record). */
  async deleteChat(sessionId: string, messageId: string, deletedById: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(WebinarChatMessageEntity)
      .update({ id: messageId, sessionId, deletedAt: IsNull() }, { deletedAt: new Date(), deletedById });
    if (!result.affected) throw new AppError(404, 'webinar.messageUnknown');
  }

  async recentChat(sessionId: string): Promise<WebinarChatMessage[]> {
    const messages = await this.dataSource.getRepository(WebinarChatMessageEntity).find({
      where: { sessionId, deletedAt: IsNull() },
      order: { sentAt: 'DESC' },
      take: CHAT_HISTORY,
    });
    const names = await this.names(messages.map((message) => message.userId));
    return messages.reverse().map((message) => ({
      id: message.id,
      userId: message.userId,
      name: names.get(message.userId) ?? '',
      body: message.body,
      sentAt: message.sentAt.toISOString(),
    }));
  }

  async ask(sessionId: string, userId: string, body: string): Promise<QuestionTally> {
    const question = await this.dataSource
      .getRepository(WebinarQuestionEntity)
      .save({ sessionId, userId, body, answeredAt: null });
    return this.question(sessionId, question.id);
  }

  async upvote(sessionId: string, questionId: string, userId: string): Promise<QuestionTally> {
    await this.question(sessionId, questionId);
    await this.dataSource
      .getRepository(WebinarQuestionVoteEntity)
      .createQueryBuilder()
      .insert()
      .values({ questionId, userId })
      .orIgnore()
      .execute();
    return this.question(sessionId, questionId);
  }

  async markAnswered(sessionId: string, questionId: string): Promise<QuestionTally> {
    await this.question(sessionId, questionId);
    await this.dataSource
      .getRepository(WebinarQuestionEntity)
      .update({ id: questionId, answeredAt: IsNull() }, { answeredAt: new Date() });
    return this.question(sessionId, questionId);
  }

  async questions(sessionId: string): Promise<QuestionTally[]> {
    const questions = await this.dataSource
      .getRepository(WebinarQuestionEntity)
      .find({ where: { sessionId }, order: { askedAt: 'ASC' } });
    return this.tallyQuestions(questions);
  }

  async createPoll(sessionId: string, createdById: string, question: string, options: string[]): Promise<PollTally> {
    const poll = await this.dataSource
      .getRepository(WebinarPollEntity)
      .save({ sessionId, createdById, question, options, closedAt: null });
    return this.poll(sessionId, poll.id);
  }

  /** One vote per person; voting again changes it while the poll is open. */
  async vote(sessionId: string, pollId: string, userId: string, option: number): Promise<PollTally> {
    const { poll } = await this.poll(sessionId, pollId);
    if (!poll.open) throw new AppError(409, 'webinar.pollClosed');
    if (option >= poll.options.length) throw new AppError(422, 'webinar.pollOption');
    await this.dataSource.getRepository(WebinarPollVoteEntity).upsert({ pollId, userId, option }, ['pollId', 'userId']);
    return this.poll(sessionId, pollId);
  }

  async closePoll(sessionId: string, pollId: string): Promise<PollTally> {
    await this.poll(sessionId, pollId);
    await this.dataSource
      .getRepository(WebinarPollEntity)
      .update({ id: pollId, closedAt: IsNull() }, { closedAt: new Date() });
    return this.poll(sessionId, pollId);
  }

  async polls(sessionId: string): Promise<PollTally[]> {
    const polls = await this.dataSource
      .getRepository(WebinarPollEntity)
      .find({ where: { sessionId }, order: { createdAt: 'ASC' } });
    return this.tallyPolls(polls);
  }

  private async question(sessionId: string, id: string): Promise<QuestionTally> {
    const question = await this.dataSource.getRepository(WebinarQuestionEntity).findOneBy({ id, sessionId });
    if (!question) throw new AppError(404, 'webinar.questionUnknown');
    const [tally] = await this.tallyQuestions([question]);
    return tally;
  }

  private async poll(sessionId: string, id: string): Promise<PollTally> {
    const poll = await this.dataSource.getRepository(WebinarPollEntity).findOneBy({ id, sessionId });
    if (!poll) throw new AppError(404, 'webinar.pollUnknown');
    const [tally] = await this.tallyPolls([poll]);
    return tally;
  }

  private async tallyQuestions(questions: WebinarQuestionEntity[]): Promise<QuestionTally[]> {
    const votes = await this.dataSource
      .getRepository(WebinarQuestionVoteEntity)
      .findBy({ questionId: In(questions.map((question) => question.id)) });
    const names = await this.names(questions.map((question) => question.userId));
    return questions.map((question) => {
      const voters = new Set(votes.filter((vote) => vote.questionId === question.id).map((vote) => vote.userId));
      return {
        question: {
          id: question.id,
          userId: question.userId,
          name: names.get(question.userId) ?? '',
          body: question.body,
          askedAt: question.askedAt.toISOString(),
          votes: voters.size,
          answered: question.answeredAt !== null,
        },
        voters,
      };
    });
  }

  private async tallyPolls(polls: WebinarPollEntity[]): Promise<PollTally[]> {
    const votes = await this.dataSource
      .getRepository(WebinarPollVoteEntity)
      .findBy({ pollId: In(polls.map((poll) => poll.id)) });
    return polls.map((poll) => {
      const choices = new Map(
        votes.filter((vote) => vote.pollId === poll.id).map((vote) => [vote.userId, vote.option]),
      );
      const counts = poll.options.map(() => 0);
      for (const option of choices.values()) counts[option] += 1;
      return {
        poll: { id: poll.id, question: poll.question, options: poll.options, counts, open: poll.closedAt === null },
        choices,
      };
    });
  }

  private async names(userIds: string[]): Promise<Map<string, string>> {
    const people = await this.directory.byIds(userIds);
    return new Map([...people].map(([id, person]) => [id, person.fullName]));
  }
}
