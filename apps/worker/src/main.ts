import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfig, loadDotEnv, PinoNestLogger, preflight } from '@bina-pustaka/api-platform';
import { WorkerModule } from './app/worker.module';

async function bootstrap(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  await preflight(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger: new PinoNestLogger(createLogger(config)),
  });
  // SIGTERM/SIGINT close the BullMQ workers after their current jobs, then Redis.
  app.enableShutdownHooks();
  await app.init();
  Logger.log('Bina Pustaka worker is processing queues', 'Bootstrap');
}

bootstrap().catch((error: Error) => {
  console.error(
    error.name === 'ConfigError' || error.message.startsWith('Bina Pustaka cannot start') ? error.message : error,
  );
  process.exit(1);
});
