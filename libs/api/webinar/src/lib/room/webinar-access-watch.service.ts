import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrincipalSource, REDIS } from '@bina-pustaka/api-platform';
import { AccountEventsService } from '@bina-pustaka/api-identity';
import { EnrolmentEventsService } from '@bina-pustaka/api-learning';
import type { WebinarRemovalReason } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';
import { WebinarTicketsService } from '../join/webinar-tickets.service';
import {
  ACCESS_CAUSES,
  WebinarAccessNoticesService,
  type AccessCause,
  type AccessRecheck,
} from '../sessions/webinar-access-notices.service';
import { WebinarSessionsService } from '../sessions/webinar-sessions.service';
import type { Peer } from './peer';
import { RoomRegistryService } from './room-registry.service';
import { WebinarGateway } from './webinar.gateway';

/**
 * Keeps open webinar sockets within what their people may do now. An account disabled,
 * a sign-in ended, a password changed, a person out of a session's audience, a role
 * changed: every api node hears it through Redis and looks over its own sockets of that
 * person or session: a socket whose sign-in ended or whose person is no longer in the
 * audience is closed with the reason; one whose role changed is given the new role at
 * once (what it may no longer send stops), or closed when it is not in the room yet.
 */
@Injectable()
export class WebinarAccessWatchService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WebinarAccessWatchService.name);
  private subscriber: Redis | null = null;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly accounts: AccountEventsService,
    private readonly enrolments: EnrolmentEventsService,
    private readonly tickets: WebinarTicketsService,
    private readonly sessions: WebinarSessionsService,
    private readonly principals: PrincipalSource,
    private readonly gateway: WebinarGateway,
    private readonly registry: RoomRegistryService,
    private readonly notices: WebinarAccessNoticesService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.accounts.listen(async ({ kind, userId }) => {
      // Tickets asked for before the change are refused, even on the device that made it.
      if (kind === 'passwordChanged') await this.tickets.refuseOutstanding(userId);
      await this.recheck({ cause: kind, userId });
    });
    this.enrolments.listen(({ userId }) => this.recheck({ cause: 'audienceChanged', userId }));
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.notices.channel) return;
      this.recheckHere(message).catch((error: Error) => this.logger.error(`access recheck: ${error.message}`));
    });
    await this.subscriber.subscribe(this.notices.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** Asks every api node (this one too) to look over its sockets in scope. */
  async recheck(scope: AccessRecheck): Promise<void> {
    await this.notices.recheck(scope);
  }

  private async recheckHere(message: string): Promise<void> {
    const scope = JSON.parse(message) as AccessRecheck;
    if (!ACCESS_CAUSES.includes(scope.cause) || (!scope.userId && !scope.sessionId)) return;
    const peers = this.gateway
      .connectedPeers()
      .filter(
        (peer) =>
          (!scope.userId || peer.userId === scope.userId) && (!scope.sessionId || peer.sessionId === scope.sessionId),
      );
    await Promise.all(peers.map((peer) => this.recheckPeer(peer, scope.cause)));
  }

  private async recheckPeer(peer: Peer, cause: AccessCause): Promise<void> {
    if (cause === 'passwordChanged') return this.end(peer, 'passwordChanged');
    const identity = peer.socket.data;
    const principal = await this.principals.findActive(peer.userId, identity.authSessionId);
    if (!principal) return this.end(peer, cause === 'disabled' ? 'accountDisabled' : 'signedOut');
    const session = await this.sessions.find(peer.sessionId);
    if (!session) return;
    const role = await this.sessions.roleOf(principal, session);
    if (!role) return this.end(peer, 'notInAudience');
    if (role === identity.role) return;
    identity.role = role;
    const room = this.registry.get(peer.sessionId);
    // Only someone in the room can take a role in it; the lobby or a socket not joined yet starts again.
    if (!room || room.members.peers.get(peer.userId) !== peer) return this.end(peer, 'roleChanged');
    room.members.regrant(peer, role);
    this.logger.log(`${peer.userId} is ${role} now in ${peer.sessionId}`);
  }

  private end(peer: Peer, reason: WebinarRemovalReason): void {
    if (!peer.socket.connected) return;
    const room = this.registry.get(peer.sessionId);
    if (room) room.members.dismiss(peer, reason);
    else {
      peer.socket.emit('room:closed', { reason });
      peer.socket.disconnect(true);
    }
    this.logger.log(`${peer.userId} sent out of ${peer.sessionId}: ${reason}`);
  }
}
