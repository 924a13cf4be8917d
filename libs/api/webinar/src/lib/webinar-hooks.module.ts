import { Module } from '@nestjs/common';
import { WebinarHooksService } from './attendance/webinar-hooks.service';

/**
 * The one registry of webinar's hooks for later domains (surveys): WebinarModule tells it a
 * session ended, WebinarLedgerModule asks its certificate gates, and the other domain
 * registers into it. A static module, so every importer shares the one instance.
 */
@Module({
  providers: [WebinarHooksService],
  exports: [WebinarHooksService],
})
export class WebinarHooksModule {}
