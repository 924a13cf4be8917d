import { join } from 'node:path';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import {
  MailWorkerModule,
  QUEUES,
  WorkerPlatformModule,
  type AppConfig,
  type QueueName,
} from '@bina-pustaka/api-platform';
import { CertificatesWorkerModule } from '@bina-pustaka/api-certificates';
import { AssessmentWorkerModule } from '@bina-pustaka/api-assessment';
import { WebinarWorkerModule } from '@bina-pustaka/api-webinar';

/** The processors of each queue. */
const PROCESSORS: Record<QueueName, Type | DynamicModule> = {
  [QUEUES.mail]: MailWorkerModule,
  // webpack.config.js bundles the lib's render-thread entry point as this file beside main.js.
  [QUEUES.certificates]: CertificatesWorkerModule.register({
    renderThread: { filename: join(__dirname, 'certificate-render-thread.js') },
  }),
  [QUEUES.assessment]: AssessmentWorkerModule,
  [QUEUES.webinars]: WebinarWorkerModule,
};

/**
 * The worker process: BullMQ processors, no HTTP. By default it serves every queue;
 * WORKER_QUEUES picks some, e.g. a fleet of certificate renderers apart from mail.
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [WorkerPlatformModule.forRoot(config), ...config.worker.queues.map((queue) => PROCESSORS[queue])],
    };
  }
}
