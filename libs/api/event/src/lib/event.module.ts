import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificateGuestPrivacyModule } from '@bina-pustaka/api-certificates';
import { APP_CONFIG, MailModule, type AppConfig } from '@bina-pustaka/api-platform';
import {
  WebinarAccessModule,
  WebinarHooksModule,
  WebinarInvitedModule,
  WebinarLedgerModule,
} from '@bina-pustaka/api-webinar';
import './event.messages';
import { EventCheckInService } from './check-in/event-check-in.service';
import { EventLiveRelayService } from './check-in/event-live-relay.service';
import { EventRosterService } from './check-in/event-roster.service';
import { EventWalkInService } from './check-in/event-walk-in.service';
import { EventGateway } from './check-in/event.gateway';
import { EventCheckInController } from './controllers/event-check-in.controller';
import { EventRegistrationsController } from './controllers/event-registrations.controller';
import { EventSeriesController } from './controllers/event-series.controller';
import { EventsController } from './controllers/events.controller';
import { PublicEventRegistrationsController } from './controllers/public-event-registrations.controller';
import { PublicEventsController } from './controllers/public-events.controller';
import { EventDemoSeederService } from './demo/event-demo-seeder.service';
import { eventRegistrationEntities } from './entities/event-registration.entity';
import { eventOrganisingEntities } from './entities/event.entity';
import { CreateEvents1765500000000 } from './migrations/1765500000000-create-events';
import { EventWebinarLink1765700000000 } from './migrations/1765700000000-event-webinar-link';
import { EventCancellationService } from './organising/event-cancellation.service';
import { EventCoversService } from './organising/event-covers.service';
import { EventListsService } from './organising/event-lists.service';
import { EventPageMetaService } from './organising/event-page-meta.service';
import { EventSeriesService } from './organising/event-series.service';
import { EventViewsService } from './organising/event-views.service';
import { EventWebinarService } from './organising/event-webinar.service';
import { EventsService } from './organising/events.service';
import { PublicEventsService } from './organising/public-events.service';
import { EventRecordService } from './after/event-record.service';
import { EventPersonalDataService } from './privacy/event-personal-data.service';
import { EventRetentionService } from './privacy/event-retention.service';
import { EventSeatsService } from './registration/event-seats.service';
import { EventWebinarAudienceService } from './registration/event-webinar-audience.service';
import { GuestLinksService } from './registration/guest-links.service';
import { GuestRegistrationService } from './registration/guest-registration.service';
import { MemberRegistrationService } from './registration/member-registration.service';
import { RegistrationListService } from './registration/registration-list.service';
import { RegistrationMailsService } from './registration/registration-mails.service';
import { RegistrationThrottleService } from './registration/registration-throttle.service';
import { EventCodes } from './shared/event-codes';
import { EventLiveChangesService } from './shared/event-live-changes.service';
import { EventManagersService } from './shared/event-managers.service';
import { EventOnlineAttendanceService } from './shared/event-online-attendance.service';
import { EventTicketsService } from './tickets/event-tickets.service';
import { EventDashboardModule } from './event-dashboard.module';

export const eventMigrations = [CreateEvents1765500000000, EventWebinarLink1765700000000];

/**
 * Events (_acara_, issue 15): community events and literacy programmes: organising (events,
 * series, the public page and its link preview), tickets (QR code, ticket email, iCal),
 * registration (guests and members, confirmation, seats and the waitlist), check-in at the
 * door with live counts, and a person's part in privacy. After the event: EventAfterModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...eventOrganisingEntities, ...eventRegistrationEntities]),
    MailModule,
    // A guest's erase blanks their certificates of the event too.
    CertificateGuestPrivacyModule,
    // Online and hybrid events: their room (invited sessions), a picked session's managers,
    // the audience port, and the settled ledger (webinar never imports events).
    WebinarInvitedModule,
    WebinarAccessModule,
    WebinarHooksModule,
    WebinarLedgerModule,
    // Events held and their participants on the coordinators' dashboard.
    EventDashboardModule,
  ],
  controllers: [
    EventsController,
    EventSeriesController,
    PublicEventsController,
    PublicEventRegistrationsController,
    EventRegistrationsController,
    EventCheckInController,
  ],
  providers: [
    // shared/ -> organising/ -> tickets/ -> registration/ -> check-in/ -> privacy/ (README)
    {
      provide: EventCodes,
      useFactory: (config: AppConfig) => new EventCodes(config.auth.jwtSecret),
      inject: [APP_CONFIG],
    },
    EventViewsService,
    EventWebinarService,
    EventsService,
    EventCancellationService,
    EventListsService,
    EventSeriesService,
    EventCoversService,
    PublicEventsService,
    EventPageMetaService,
    EventManagersService,
    EventOnlineAttendanceService,
    EventLiveChangesService,
    EventTicketsService,
    RegistrationThrottleService,
    RegistrationMailsService,
    EventSeatsService,
    EventWebinarAudienceService,
    GuestRegistrationService,
    GuestLinksService,
    MemberRegistrationService,
    RegistrationListService,
    EventRosterService,
    EventCheckInService,
    EventWalkInService,
    EventGateway,
    EventLiveRelayService,
    EventPersonalDataService,
    EventDemoSeederService,
    EventRecordService,
  ],
})
export class EventModule {}

/** The worker's part: the rule that anonymises guests of past events (RetentionWorkerModule). */
@Module({ imports: [CertificateGuestPrivacyModule], providers: [EventRetentionService] })
export class EventRetentionModule {}
