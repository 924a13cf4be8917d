import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import './audit.messages';
import { AuditLogController } from './controllers/audit-log.controller';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import { CreateAuditEntries1764800000000 } from './migrations/1764800000000-create-audit-entries';
import { AuditRetentionService } from './privacy/audit-retention.service';
import { AuditLogService } from './services/audit-log.service';
import { AuditTrailService } from './services/audit-trail.service';

export const auditMigrations = [CreateAuditEntries1764800000000];

/**
 * The audit log of security-relevant actions. Domains import this module and call
 * `AuditTrailService.record` in their own flow; it imports no domain. Its controller (admins'
 * reading) is served by the api.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  controllers: [AuditLogController],
  providers: [AuditTrailService, AuditLogService],
  exports: [AuditTrailService],
})
export class AuditModule {}

/** The worker's part: the rule that purges entries older than AUDIT_RETENTION_DAYS (RetentionWorkerModule). */
@Module({ providers: [AuditRetentionService] })
export class AuditRetentionModule {}
