import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import './event.messages';
import { EventCheckInService } from './check-in/event-check-in.service';
import { EventLiveRelayService } from './check-in/event-live-relay.service';
import { EventRosterService } from './check-in/event-roster.service';
import { EventWalkInService } from './check-in/event-walk-in.service';
import { EventGateway } from './check-in/event.gateway';
import { EventCheckInController } from './controllers/event-check-in.controller';
import { eventRegistrationEntities } from './entities/event-registration.entity';
import { eventOrganisingEntities } from './entities/event.entity';
import { CreateEvents1765500000000 } from './migrations/1765500000000-create-events';
import { EventPersonalDataService } from './privacy/event-personal-data.service';
import { EventRetentionService } from './privacy/event-retention.service';
import { EventCodes } from './shared/event-codes';
import { EventLiveChangesService } from './shared/event-live-changes.service';
import { EventManagersService } from './shared/event-managers.service';

export const eventMigrations = [CreateEvents1765500000000];

/**
 * Events (_acara_, issue 15): community events and literacy programmes. The stages (README)
 * are built on the tables and the contract's validation sentences.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...eventOrganisingEntities, ...eventRegistrationEntities])],
  controllers: [EventCheckInController],
  providers: [
    // shared/ -> check-in/ -> privacy/ (README)
    {
      provide: EventCodes,
      useFactory: (config: AppConfig) => new EventCodes(config.auth.jwtSecret),
      inject: [APP_CONFIG],
    },
    EventManagersService,
    EventLiveChangesService,
    EventRosterService,
    EventCheckInService,
    EventWalkInService,
    EventGateway,
    EventLiveRelayService,
    EventPersonalDataService,
  ],
})
export class EventModule {}

/** The worker's part: the rule that anonymises guests of past events (RetentionWorkerModule). */
@Module({ providers: [EventRetentionService] })
export class EventRetentionModule {}
