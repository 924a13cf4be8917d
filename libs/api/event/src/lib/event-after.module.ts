import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificatesModule } from '@bina-pustaka/api-certificates';
import { LearningCompletionModule } from '@bina-pustaka/api-learning';
import { WebinarLedgerModule } from '@bina-pustaka/api-webinar';
import './event.messages';
import { EventAttendanceExportService } from './after/event-attendance-export.service';
import { EventCertificatesService } from './after/event-certificates.service';
import { EventAfterController } from './controllers/event-after.controller';
import { eventRegistrationEntities } from './entities/event-registration.entity';
import { eventOrganisingEntities } from './entities/event.entity';
import { EventManagersService } from './shared/event-managers.service';
import { EventOnlineAttendanceService } from './shared/event-online-attendance.service';

/**
 * After the event (README, `after/`): the attendance export, certificates by role and the
 * facilitators' credited hours. A module of its own because it brings in the certificates
 * and learning parts, which the rest of the events part (and its tests) need not start.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...eventOrganisingEntities, ...eventRegistrationEntities]),
    CertificatesModule,
    LearningCompletionModule,
    WebinarLedgerModule,
  ],
  controllers: [EventAfterController],
  providers: [
    EventManagersService,
    EventOnlineAttendanceService,
    EventAttendanceExportService,
    EventCertificatesService,
  ],
})
export class EventAfterModule {}
