import { Module } from '@nestjs/common';
import { VisitFlushProcessor } from './visits/visit-flush.processor';
import { VisitFlushService } from './visits/visit-flush.service';

/** The worker's part of reporting (the `reporting` queue): copying the visit counters into PostgreSQL. */
@Module({ providers: [VisitFlushService, VisitFlushProcessor] })
export class ReportingWorkerModule {}
