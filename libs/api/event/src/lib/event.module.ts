import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import './event.messages';
import { eventRegistrationEntities } from './entities/event-registration.entity';
import { eventOrganisingEntities } from './entities/event.entity';
import { CreateEvents1765500000000 } from './migrations/1765500000000-create-events';

export const eventMigrations = [CreateEvents1765500000000];

/**
 * Events (_acara_, issue 15): community events and literacy programmes. This first step
 * holds the tables and the contract's validation sentences; the stages (README) are built on it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...eventOrganisingEntities, ...eventRegistrationEntities])],
})
export class EventModule {}
