import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  ApiPlatformModule,
  createHttpApp,
  MailWorkerModule,
  WorkerPlatformModule,
  type AppConfig,
  type Env,
} from '@bina-pustaka/api-platform';
import { DataSource, type MixedList } from 'typeorm';
import { ApiClient } from './http-client';
import { Mailbox } from './mailbox';
import { dropTestResources, testConfig } from './test-config';

export interface TestApp {
  config: AppConfig;
  app: NestFastifyApplication;
  api: ApiClient;
  db: DataSource;
  mailbox: Mailbox;
  close(): Promise<void>;
}

export type TestAppOptions = {
  env?: Env;
  /** Processors to run in the test's worker beside mail (e.g. the certificate renderer). */
  workerModules?: (Type | DynamicModule)[];
} & (
  | {
      /** Domain modules under test (the identity module at least, for the guard). */
      modules: Type[];
      // TypeORM's own type for a list of migration classes.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
      migrations: MixedList<Function | string>;
    }
  | {
      /** A whole app's root module, as its main.ts builds it. */
      root: (config: AppConfig) => DynamicModule;
    }
);

/**
 * The api as it runs in production (same HTTP setup, real PostgreSQL, Redis and SMTP),
 * on a random port, with the worker's processors beside it. One per test file.
 */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const mailbox = new Mailbox();
  const smtpPort = await mailbox.start();
  const config = testConfig({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, ...options.env });
  const app = await listen(options, config);
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(
    {
      module: class TestWorkerModule {},
      // The api above has migrated; the worker finds the schema current.
      imports: [
        WorkerPlatformModule.forRoot(config, 'root' in options ? [] : options.migrations),
        MailWorkerModule,
        ...(options.workerModules ?? []),
      ],
    },
    { logger: ['error', 'warn'] },
  );
  await worker.init();

  return {
    config,
    app,
    api: new ApiClient(await app.getUrl()),
    db: app.get(DataSource),
    mailbox,
    async close() {
      await worker.close();
      await app.close();
      await mailbox.stop();
      await dropTestResources(config);
    },
  };
}

/** One more api process of a test app: the same database, Redis, secret and modules (several nodes behind a balancer). */
export interface TestApiNode {
  app: NestFastifyApplication;
  api: ApiClient;
  close(): Promise<void>;
}

/** Starts another api node beside `first` (built with the same options); its close() leaves the shared resources. */
export async function startTestApiNode(first: TestApp, options: TestAppOptions): Promise<TestApiNode> {
  const app = await listen(options, first.config);
  return { app, api: new ApiClient(await app.getUrl()), close: () => app.close() };
}

async function listen(options: TestAppOptions, config: AppConfig): Promise<NestFastifyApplication> {
  const root =
    'root' in options
      ? options.root(config)
      : {
          module: class TestRootModule {},
          imports: [ApiPlatformModule.forRoot(config, options.migrations), ...options.modules],
        };
  const app = await createHttpApp(root, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}
