import { Module } from '@nestjs/common';
import { WebinarHooksService } from './attendance/webinar-hooks.service';
import { WebinarAudienceSourcesService } from './sessions/webinar-audience-sources.service';

/**
 * The one registry of webinar's hooks for later domains (surveys, events): WebinarModule tells
 * it a session ended, WebinarLedgerModule asks its certificate gates, the sessions ask its
 * audience sources, and the other domain registers into it. A static module, so every
 * importer shares the one instance.
 */
@Module({
  providers: [WebinarHooksService, WebinarAudienceSourcesService],
  exports: [WebinarHooksService, WebinarAudienceSourcesService],
})
export class WebinarHooksModule {}
