import { Inject, Injectable } from '@nestjs/common';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  AccessTokensService,
  APP_CONFIG,
  LiveNamespaceGateway,
  PrincipalSource,
  SocketServerService,
  type AppConfig,
  type Principal,
} from '@bina-pustaka/api-platform';
import { EVENT_LIVE_NAMESPACE, type EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
// The handshake is the forum's: the REST access token, nothing else.
import { eventLiveMessageSchemas, forumLiveHandshakeSchema } from '@bina-pustaka/shared-contracts/schemas';
import { EventManagersService } from '../shared/event-managers.service';

/** An event's new counts, as every node's gateway tells its watchers. */
export interface EventCountsChange {
  eventId: string;
  counts: EventRegistrationCounts;
}

/**
 * The socket.io namespace /events: the door's phones and the organiser's page hear an
 * event's counts as people register and arrive. Watching an event is the managers' check of
 * GET /api/events/:eventId (the door, the rooms and the rechecks are LiveNamespaceGateway's);
 * `deliver` is called on every node (EventLiveRelayService).
 */
@Injectable()
export class EventGateway extends LiveNamespaceGateway<EventCountsChange> {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    sockets: SocketServerService,
    tokens: AccessTokensService,
    principals: PrincipalSource,
    directory: UserDirectoryService,
    private readonly managers: EventManagersService,
  ) {
    const settings = {
      namespace: EVENT_LIVE_NAMESPACE,
      label: 'events',
      room: 'event',
      handshake: forumLiveHandshakeSchema,
      messages: eventLiveMessageSchemas,
      idKey: 'eventId',
      unwatch: 'event.unwatch',
      // A page or the door watches one event.
      maxWatched: 10,
      codes: { failed: 'event.liveFailed', tooFast: 'event.liveTooFast', tooManyWatched: 'event.liveTooManyEvents' },
    };
    super(settings, config, sockets, tokens, principals, directory);
  }

  /** Tells this node's watchers of the event its new counts. */
  deliver(change: EventCountsChange): void {
    this.tell(change.eventId, 'event.counts', change);
  }

  protected assertMayWatch(principal: Principal, eventId: string): Promise<void> {
    return this.managers.assertManages(principal, eventId);
  }
}
