import { BullModule, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { QueueWorkerHost } from './queue-worker-host';

const QUEUE = 'queue-worker-host-test';

@Processor(QUEUE)
class ReminderProcessor extends QueueWorkerHost {
  async process(): Promise<void> {
    // Only the worker's error handling is under test.
  }
}

describe('QueueWorkerHost with a real BullMQ worker on Redis', () => {
  it("turns the worker's 'error' events into one warning line named after the processor", async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        BullModule.forRoot({
          connection: { url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' },
          prefix: `bp-test-${randomBytes(4).toString('hex')}`,
        }),
        BullModule.registerQueue({ name: QUEUE }),
      ],
      providers: [ReminderProcessor],
    }).compile();
    const app = await moduleRef.init();
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const processor = app.get(ReminderProcessor);
      processor.worker.emit('error', new Error('Missing key for job cert-1. moveToFinished'));
      expect(warn).toHaveBeenCalledWith('queue worker: Missing key for job cert-1. moveToFinished');
      expect(warn.mock.contexts.at(-1)).toMatchObject({ context: 'ReminderProcessor' });
    } finally {
      warn.mockRestore();
      await app.close();
    }
  });
});
