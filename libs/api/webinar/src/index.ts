export { WebinarModule, WebinarWorkerModule, webinarMigrations } from './lib/webinar.module';
export { WebinarLedgerModule } from './lib/webinar-ledger.module';
export { WebinarDashboardModule } from './lib/webinar-dashboard.module';
export { WebinarLedgerReaderService } from './lib/attendance/webinar-ledger-reader.service';
export { WebinarInvitedModule } from './lib/webinar-invited.module';
export { InvitedWebinarsService } from './lib/sessions/invited-webinars.service';
export { WebinarAccessNoticesService } from './lib/sessions/webinar-access-notices.service';
export { WebinarAccessModule } from './lib/webinar-access.module';
export { WebinarSessionAccessService, type WebinarSessionRef } from './lib/sessions/webinar-session-access.service';
export { WebinarHooksModule } from './lib/webinar-hooks.module';
export {
  WebinarHooksService,
  type EndedWebinar,
  type WebinarCertificateGate,
  type WebinarEndedListener,
} from './lib/attendance/webinar-hooks.service';
export {
  WebinarAudienceSourcesService,
  type WebinarAudienceSource,
} from './lib/sessions/webinar-audience-sources.service';
