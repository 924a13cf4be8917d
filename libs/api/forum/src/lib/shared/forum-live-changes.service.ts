import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@bina-pustaka/api-platform';
import type { ForumLiveChange } from '@bina-pustaka/shared-contracts';

/**
 * A change, and whether it may have changed who reads the thread (a move to another
 * forum): then each follower's access is checked again before they hear it.
 */
export type ForumLiveNotice = ForumLiveChange & { recheckFollowers?: boolean };

/**
 * A thread changed (a reply, an edit, a delete, thanks, the answer; a lock, pin, move or
 * new title), told once committed. The writing stages emit; the live stage (`live/`)
 * relays each change to the thread's followers on every api node. Emitting never fails
 * the write.
 */
@Injectable()
export class ForumLiveChangesService extends DomainEvents<ForumLiveNotice> {
  constructor() {
    super(ForumLiveChangesService.name);
  }
}
