import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, MailModule, type AppConfig } from '@bina-pustaka/api-platform';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningCompletionModule, LearningModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import './webinar.messages';
import { WebinarsController } from './controllers/webinars.controller';
import { WebinarDemoSeeder } from './demo/webinar-demo-seeder';
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
import { MediaWorkerPool } from './media-worker-pool';
import { CreateWebinars1764500000000 } from './migrations/1764500000000-create-webinars';
import { WebinarAttendanceTracking1764500000001 } from './migrations/1764500000001-webinar-attendance-tracking';
import { ConversationHandlers } from './room/handlers/conversation.handlers';
import { HostHandlers } from './room/handlers/host.handlers';
import { JoinHandlers } from './room/handlers/join.handlers';
import { MediaHandlers } from './room/handlers/media.handlers';
import { RoomRegistry } from './room/room-registry';
import { WebinarGateway } from './room/webinar.gateway';
import { WebinarAttendanceCondition } from './services/webinar-attendance.condition';
import { WebinarAttendance } from './services/webinar-attendance.service';
import { WebinarInteractions } from './services/webinar-interactions.service';
import { WebinarLifecycle } from './services/webinar-lifecycle.service';
import { WebinarReminders } from './services/webinar-reminders.service';
import { WebinarSessions } from './services/webinar-sessions.service';
import { WebinarTickets } from './services/webinar-tickets.service';
import { WebinarReminderProcessor } from './worker/webinar-reminder.processor';

export const webinarMigrations = [CreateWebinars1764500000000, WebinarAttendanceTracking1764500000001];

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
  imports: [TypeOrmModule.forFeature(entities), LearningModule],
  controllers: [WebinarsController],
  providers: [
    {
      provide: MediaWorkerPool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new MediaWorkerPool(config.mediasoup),
    },
    WebinarSessions,
    WebinarReminders,
    WebinarTickets,
    WebinarAttendance,
    WebinarInteractions,
    WebinarLifecycle,
    WebinarAttendanceCondition,
    RoomRegistry,
    JoinHandlers,
    MediaHandlers,
    ConversationHandlers,
    HostHandlers,
    WebinarGateway,
    WebinarDemoSeeder,
  ],
  exports: [MediaWorkerPool, WebinarAttendance],
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
