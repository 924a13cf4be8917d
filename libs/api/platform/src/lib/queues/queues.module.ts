import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QUEUES } from './queue-names';

const queueRegistrations = BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name })));

/** BullMQ on the configured Redis, with every queue registered for producers and health. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redis.url },
        prefix: config.redis.prefix,
      }),
    }),
    queueRegistrations,
  ],
  exports: [queueRegistrations],
})
export class QueuesModule {}
