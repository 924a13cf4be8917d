import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QUEUES, runMigrationsExclusively, type AppConfig } from '@bina-pustaka/api-platform';
import { dropTestResources, testConfig } from '@bina-pustaka/api-testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { MIGRATIONS, WorkerModule } from './worker.module';

/**
 * A worker that starts before any api (a fresh install, a deploy where the worker comes up
 * first) must not run its jobs against a database without tables.
 */
describe('the worker starting on a fresh database', () => {
  let config: AppConfig;
  let worker: INestApplicationContext | undefined;

  const start = async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: ['error'] });
    await worker.init();
    return worker;
  };

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    await dropTestResources(config);
  });

  it('has the schema before its first scheduled job runs, and that job succeeds', async () => {
    config = testConfig({ WORKER_QUEUES: 'assessment' });
    const app = await start();
    const pending = await app.get(DataSource).showMigrations();
    expect(pending).toBe(false);

    // The overdue-attempt sweep is scheduled at start and runs at once.
    const queue = app.get<Queue>(getQueueToken(QUEUES.assessment));
    const deadline = Date.now() + 15_000;
    let counts = await queue.getJobCounts('completed', 'failed');
    while (counts['completed'] + counts['failed'] === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      counts = await queue.getJobCounts('completed', 'failed');
    }
    expect(counts).toEqual({ completed: 1, failed: 0 });
  });

  it('serving the surveys queue, plans the evaluation reminders daily at 09.00 WIB', async () => {
    config = testConfig({ WORKER_QUEUES: 'surveys' });
    const app = await start();
    const queue = app.get<Queue>(getQueueToken(QUEUES.surveys));
    expect(await queue.getJobSchedulers()).toEqual([
      expect.objectContaining({ key: 'survey-reminders', pattern: '0 2 * * *', tz: 'UTC' }),
    ]);
  });

  it('with MIGRATIONS_RUN=false, waits until the schema is migrated elsewhere', async () => {
    config = testConfig({ WORKER_QUEUES: 'assessment', MIGRATIONS_RUN: 'false' });
    let started = false;
    const starting = start().then(() => {
      started = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(started).toBe(false);

    // The deploy step migrates; the worker then goes on by itself.
    const deploy = await new DataSource({
      type: 'postgres',
      url: config.database.url,
      migrations: MIGRATIONS,
    }).initialize();
    try {
      await runMigrationsExclusively(deploy);
    } finally {
      await deploy.destroy();
    }
    await starting;
    expect(started).toBe(true);
  });
});
