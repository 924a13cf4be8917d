import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import './event.messages';
import { eventRegistrationEntities } from './entities/event-registration.entity';
import { eventOrganisingEntities } from './entities/event.entity';
import { CreateEvents1765500000000 } from './migrations/1765500000000-create-events';
import { EventCodes } from './shared/event-codes';

export const eventMigrations = [CreateEvents1765500000000];

/**
 * Events (_acara_, issue 15): community events and literacy programmes. This first step
 * holds the tables and the contract's validation sentences; the stages (README) are built on it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...eventOrganisingEntities, ...eventRegistrationEntities])],
  providers: [
    {
      provide: EventCodes,
      useFactory: (config: AppConfig) => new EventCodes(config.auth.jwtSecret),
      inject: [APP_CONFIG],
    },
  ],
})
export class EventModule {}
