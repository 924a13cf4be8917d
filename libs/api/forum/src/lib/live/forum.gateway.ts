import { Inject, Injectable } from '@nestjs/common';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  AccessTokensService,
  APP_CONFIG,
  LiveNamespaceGateway,
  PrincipalSource,
  SocketServerService,
  type AppConfig,
  type LiveSocket,
  type Principal,
} from '@bina-pustaka/api-platform';
import {
  FORUM_LIVE_NAMESPACE,
  type ForumLiveClientToServerEvents,
  type ForumLiveServerEvents,
} from '@bina-pustaka/shared-contracts';
import { forumLiveHandshakeSchema, forumLiveMessageSchemas } from '@bina-pustaka/shared-contracts/schemas';
import type { Socket } from 'socket.io';
import { ForumAccessService } from '../access/forum-access.service';
import type { ForumLiveNotice } from '../shared/forum-live-changes.service';

type ForumSocket = Socket<ForumLiveClientToServerEvents, ForumLiveServerEvents>;

/**
 * The socket.io namespace /forum: a thread open in the browser hears its replies, edits,
 * deletes, thanks and answer live. Following a thread is the same read check as
 * GET /api/forum-threads/:id (the door, the rooms and the rechecks are LiveNamespaceGateway's);
 * `deliver` is called on every node for every change (ForumLiveRelayService).
 */
@Injectable()
export class ForumGateway extends LiveNamespaceGateway<ForumLiveNotice> {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    sockets: SocketServerService,
    tokens: AccessTokensService,
    principals: PrincipalSource,
    directory: UserDirectoryService,
    private readonly access: ForumAccessService,
  ) {
    const settings = {
      namespace: FORUM_LIVE_NAMESPACE,
      label: 'forum',
      room: 'thread',
      handshake: forumLiveHandshakeSchema,
      messages: forumLiveMessageSchemas,
      idKey: 'threadId',
      unwatch: 'thread.unfollow',
      // A page follows one thread.
      maxWatched: 20,
      codes: { failed: 'forum.liveFailed', tooFast: 'forum.liveTooFast', tooManyWatched: 'forum.liveTooManyThreads' },
    };
    super(settings, config, sockets, tokens, principals, directory);
  }

  /**
   * Tells this node's followers of the thread what changed. After a move each follower is
   * checked against the forum the thread is in now first: who may no longer read it hears
   * `thread.gone` (and follows it no more) instead.
   */
  async deliver(change: ForumLiveNotice): Promise<void> {
    if (change.recheckFollowers) await this.recheckWatchers(change.payload.threadId);
    this.tell(change.payload.threadId, change.event, change.payload);
  }

  protected async assertMayWatch(principal: Principal, threadId: string): Promise<void> {
    await this.access.thread(principal, threadId);
  }

  protected override unwatched(socket: LiveSocket, threadId: string): void {
    (socket as unknown as ForumSocket).emit('thread.gone', { threadId });
  }
}
