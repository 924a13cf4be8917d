import { Module, type DynamicModule } from '@nestjs/common';
import { MailWorkerModule, WorkerPlatformModule, type AppConfig } from '@bina-pustaka/api-platform';
import { CertificatesWorkerModule } from '@bina-pustaka/api-certificates';

/** The worker process: BullMQ processors (mail, certificates), no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [WorkerPlatformModule.forRoot(config), MailWorkerModule, CertificatesWorkerModule],
    };
  }
}
