import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebinarAttendanceEntity } from './entities/webinar-attendance.entity';
import { WebinarSessionEntity, WebinarStaffEntity } from './entities/webinar-session.entity';
import { WebinarLedgerReaderService } from './attendance/webinar-ledger-reader.service';
import { WebinarRecordService } from './attendance/webinar-record.service';
import { WebinarHooksModule } from './webinar-hooks.module';

/**
 * Sessions and their settled attendance for other domains (certificates), with no media
 * server, and webinars' part of the learning records; who may have a participant's
 * certificate passes the hooked gates (WebinarHooksModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([WebinarSessionEntity, WebinarStaffEntity, WebinarAttendanceEntity]),
    WebinarHooksModule,
  ],
  // Its part of the learning record lives here, with the ledger, so that no media server is needed for it.
  providers: [WebinarLedgerReaderService, WebinarRecordService],
  exports: [WebinarLedgerReaderService],
})
export class WebinarLedgerModule {}
