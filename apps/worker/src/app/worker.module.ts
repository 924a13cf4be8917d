import { Module, type DynamicModule } from '@nestjs/common';
import { MailWorkerModule, WorkerPlatformModule, type AppConfig } from '@bina-pustaka/api-platform';
import { CertificatesWorkerModule } from '@bina-pustaka/api-certificates';
import { AssessmentWorkerModule } from '@bina-pustaka/api-assessment';

/** The worker process: BullMQ processors (mail, certificates, quiz deadlines), no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        WorkerPlatformModule.forRoot(config),
        MailWorkerModule,
        CertificatesWorkerModule,
        AssessmentWorkerModule,
      ],
    };
  }
}
