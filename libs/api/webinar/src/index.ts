export { WebinarModule, WebinarWorkerModule, webinarMigrations } from './lib/webinar.module';
export { WebinarLedgerModule } from './lib/webinar-ledger.module';
export { WebinarLedgerReaderService } from './lib/attendance/webinar-ledger-reader.service';
export { WebinarInvitedModule } from './lib/webinar-invited.module';
export { InvitedWebinarsService } from './lib/sessions/invited-webinars.service';
