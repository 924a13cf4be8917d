import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebinarAttendanceEntity } from './entities/webinar-attendance.entity';
import { WebinarSessionEntity, WebinarStaffEntity } from './entities/webinar-session.entity';
import { WebinarLedgerReaderService } from './attendance/webinar-ledger-reader.service';
import { WebinarHooksModule } from './webinar-hooks.module';

/**
 * Sessions and their settled attendance for other domains (certificates), with no media
 * server; who may have a participant's certificate passes the hooked gates (WebinarHooksModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([WebinarSessionEntity, WebinarStaffEntity, WebinarAttendanceEntity]),
    WebinarHooksModule,
  ],
  providers: [WebinarLedgerReaderService],
  exports: [WebinarLedgerReaderService],
})
export class WebinarLedgerModule {}
