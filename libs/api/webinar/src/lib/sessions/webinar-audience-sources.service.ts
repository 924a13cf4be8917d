import { Injectable } from '@nestjs/common';

/**
 * People another domain puts in a session's audience (an online event's confirmed members),
 * asked after the session's own rules, so webinar reads none of that domain's tables. That
 * domain asks `WebinarAccessNoticesService.recheck` when its people change, so open sockets follow.
 */
export interface WebinarAudienceSource {
  includes(sessionId: string, userId: string): Promise<boolean>;
}

/** Where such domains register their source, at their module's init (as certificate gates are). */
@Injectable()
export class WebinarAudienceSourcesService {
  private readonly sources: WebinarAudienceSource[] = [];

  add(source: WebinarAudienceSource): void {
    this.sources.push(source);
  }

  /** Whether any other domain puts this person in the session's audience. */
  async includes(sessionId: string, userId: string): Promise<boolean> {
    for (const source of this.sources) {
      if (await source.includes(sessionId, userId)) return true;
    }
    return false;
  }
}
