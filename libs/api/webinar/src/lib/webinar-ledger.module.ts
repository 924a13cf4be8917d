import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebinarAttendanceEntity } from './entities/webinar-attendance.entity';
import { WebinarSessionEntity, WebinarStaffEntity } from './entities/webinar-session.entity';
import { WebinarLedgerReaderService } from './attendance/webinar-ledger-reader.service';

/** Sessions and their settled attendance for other domains (certificates), with no media server. */
@Module({
  imports: [TypeOrmModule.forFeature([WebinarSessionEntity, WebinarStaffEntity, WebinarAttendanceEntity])],
  providers: [WebinarLedgerReaderService],
  exports: [WebinarLedgerReaderService],
})
export class WebinarLedgerModule {}
