import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@bina-pustaka/api-platform';
import type { ForumLiveChange } from '@bina-pustaka/shared-contracts';

/**
 * A thread changed (a reply, an edit, a delete, thanks, the answer), told once committed.
 * The writing stages emit; the live stage (`live/`) relays each change to the thread's
 * followers on every api node. Emitting never fails the write.
 */
@Injectable()
export class ForumLiveChangesService extends DomainEvents<ForumLiveChange> {
  constructor() {
    super(ForumLiveChangesService.name);
  }
}
