import { Logger } from '@nestjs/common';
import { createHttpApp, loadConfig, loadDotEnv, preflight } from '@bina-pustaka/api-platform';
import { AppModule } from './app/app.module';

async function bootstrap(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  await preflight(config);
  const app = await createHttpApp(AppModule.register(config), config);
  await app.listen({ port: config.http.port, host: config.http.host });
  Logger.log(
    `Bina Pustaka api on ${config.http.publicUrl} (listening on ${config.http.host}:${config.http.port})`,
    'Bootstrap',
  );
}

bootstrap().catch((error: Error) => {
  // Config and preflight errors are written for people: print them without a stack.
  console.error(
    error.name === 'ConfigError' || error.message.startsWith('Bina Pustaka cannot start') ? error.message : error,
  );
  process.exit(1);
});
