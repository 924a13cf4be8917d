import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import { APP_CONFIG, MailModule, type AppConfig } from '@bina-pustaka/api-platform';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningCompletionModule, LearningModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import './webinar.messages';
import { WebinarAttendanceCondition } from './attendance/webinar-attendance.condition';
import { WebinarAttendanceService } from './attendance/webinar-attendance.service';
import { WebinarSettlementService } from './attendance/webinar-settlement.service';
import { WebinarVisitsService } from './attendance/webinar-visits.service';
import { WebinarsController } from './controllers/webinars.controller';
import { WebinarDemoSeederService } from './demo/webinar-demo-seeder.service';
import { WebinarAttendanceEntity, WebinarVisitEntity } from './entities/webinar-attendance.entity';
import {
  WebinarChatMessageEntity,
  WebinarPollEntity,
  WebinarPollVoteEntity,
  WebinarQuestionEntity,
  WebinarQuestionVoteEntity,
} from './entities/webinar-interaction.entity';
import {
  WebinarBanEntity,
  WebinarRegistrationEntity,
  WebinarSessionEntity,
  WebinarStaffEntity,
} from './entities/webinar-session.entity';
import { WebinarTicketsService } from './join/webinar-tickets.service';
import { MediaWorkerPool } from './media/media-worker-pool';
import { CreateWebinars1764500000000 } from './migrations/1764500000000-create-webinars';
import { WebinarAttendanceTracking1764500000001 } from './migrations/1764500000001-webinar-attendance-tracking';
import { WebinarInvitedAudience1765050000000 } from './migrations/1765050000000-webinar-invited-audience';
import { ConversationHandlers } from './room/handlers/conversation.handlers';
import { HostHandlers } from './room/handlers/host.handlers';
import { JoinHandlers } from './room/handlers/join.handlers';
import { MediaHandlers } from './room/handlers/media.handlers';
import { ROOM_HOOKS, RoomRegistryService } from './room/room-registry.service';
import { WebinarAccessWatchService } from './room/webinar-access-watch.service';
import { WebinarInteractionsService } from './room/webinar-interactions.service';
import { SESSION_SETTLEMENT, WebinarLifecycleService } from './room/webinar-lifecycle.service';
import { WebinarGateway } from './room/webinar.gateway';
import { WebinarReminderProcessor } from './sessions/webinar-reminder.processor';
import { WebinarRemindersService } from './sessions/webinar-reminders.service';
import { WebinarSessionsService } from './sessions/webinar-sessions.service';
import { WebinarHooksModule } from './webinar-hooks.module';
import { WebinarInvitedModule } from './webinar-invited.module';
import { WebinarDashboardModule } from './webinar-dashboard.module';
import { WebinarPersonalDataService } from './privacy/webinar-personal-data.service';

export const webinarMigrations = [
  CreateWebinars1764500000000,
  WebinarAttendanceTracking1764500000001,
  WebinarInvitedAudience1765050000000,
];

const entities = [
  WebinarSessionEntity,
  WebinarStaffEntity,
  WebinarRegistrationEntity,
  WebinarBanEntity,
  WebinarVisitEntity,
  WebinarAttendanceEntity,
  WebinarChatMessageEntity,
  WebinarQuestionEntity,
  WebinarQuestionVoteEntity,
  WebinarPollEntity,
  WebinarPollVoteEntity,
];

/**
 * Live webinars in the api process: sessions (REST), join tickets, the /webinar socket with
 * its rooms on the mediasoup worker pool, the attendance ledger and its completion condition.
 */
@Module({
  // WebinarInvitedModule: the access notices the room's watch listens to, and invited sessions.
  // WebinarHooksModule: told when a session has ended (surveys offer their evaluation).
  // WebinarDashboardModule: the sessions and attendance on the coordinators' dashboard.
  imports: [
    TypeOrmModule.forFeature(entities),
    LearningModule,
    AuditModule,
    WebinarInvitedModule,
    WebinarHooksModule,
    WebinarDashboardModule,
  ],
  controllers: [WebinarsController],
  providers: [
    // sessions/ -> join/ -> media/ -> room/ -> attendance/ (README); the room's two hooks
    // into the attendance stage are provided here, so room/ never imports attendance/.
    WebinarSessionsService,
    WebinarRemindersService,
    WebinarTicketsService,
    {
      provide: MediaWorkerPool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new MediaWorkerPool(config.mediasoup),
    },
    RoomRegistryService,
    WebinarLifecycleService,
    WebinarInteractionsService,
    JoinHandlers,
    MediaHandlers,
    ConversationHandlers,
    HostHandlers,
    WebinarGateway,
    WebinarAccessWatchService,
    WebinarVisitsService,
    WebinarAttendanceService,
    WebinarSettlementService,
    WebinarAttendanceCondition,
    { provide: ROOM_HOOKS, useExisting: WebinarVisitsService },
    { provide: SESSION_SETTLEMENT, useExisting: WebinarSettlementService },
    WebinarDemoSeederService,
    WebinarPersonalDataService,
  ],
})
export class WebinarModule {}

/**
 * The worker side: reminders before sessions. It completes nothing, but registers the
 * attendance condition like the api does, so a course completed in the worker (a quiz
 * deadline) weighs the same rules.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    IdentityDirectoryModule,
    LearningCompletionModule,
    NotificationsModule,
    MailModule,
  ],
  providers: [WebinarReminderProcessor, WebinarAttendanceCondition],
})
export class WebinarWorkerModule {}
