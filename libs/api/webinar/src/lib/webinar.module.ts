import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import { MediaWorkerPool } from './media-worker-pool';

/** Live webinars. For now: the mediasoup worker pool, started with the api and closed with it. */
@Module({
  providers: [
    {
      provide: MediaWorkerPool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new MediaWorkerPool(config.mediasoup),
    },
  ],
  exports: [MediaWorkerPool],
})
export class WebinarModule {}
