import { Module, type DynamicModule } from '@nestjs/common';
import { MailWorkerModule, WorkerPlatformModule, type AppConfig } from '@bina-pustaka/api-platform';

/** The worker process: BullMQ processors, no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [WorkerPlatformModule.forRoot(config), MailWorkerModule] };
  }
}
