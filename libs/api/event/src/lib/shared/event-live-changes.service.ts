import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@bina-pustaka/api-platform';

/**
 * An event's counts changed (a check-in, a walk-in, a registration, a confirmation, a
 * cancellation), told once committed. The writing stages emit; check-in's gateway sends the
 * new counts to the event's managers watching it, on every api node. Emitting never fails
 * the write.
 */
@Injectable()
export class EventLiveChangesService extends DomainEvents<{ eventId: string }> {
  constructor() {
    super(EventLiveChangesService.name);
  }
}
