import { getQueueToken } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthReport, HealthState } from '@bina-pustaka/shared-contracts';
import { healthReportSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { Queue } from 'bullmq';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../access/access-policy';
import { AlsoResponds, Responds } from '../http/api-contract';
import { QUEUES } from '../queues/queue-names';
import { REDIS } from '../redis/redis.module';

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly modules: ModuleRef,
  ) {}

  @Get()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness and readiness: database, Redis and queues' })
  @Responds(healthReportSchema)
  @AlsoResponds(503, 'Something it needs is down: the same report says what', healthReportSchema)
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const up = (ok: boolean): HealthState => (ok ? 'up' : 'down');
    const [database, redis, queues] = await Promise.all([
      withTimeout(this.dataSource.query('SELECT 1')).then(
        () => true,
        () => false,
      ),
      withTimeout(this.redis.ping()).then(
        (pong) => pong === 'PONG',
        () => false,
      ),
      Promise.all(
        Object.values(QUEUES).map(async (name) => {
          const queue = this.modules.get<Queue>(getQueueToken(name), { strict: false });
          const counts = await withTimeout(queue.getJobCounts('waiting', 'active', 'failed')).catch(() => null);
          return [
            name,
            counts
              ? { waiting: counts['waiting'] ?? 0, active: counts['active'] ?? 0, failed: counts['failed'] ?? 0 }
              : 'down',
          ] as const;
        }),
      ),
    ]);
    const report: HealthReport = {
      status: up(database && redis && queues.every(([, state]) => state !== 'down')),
      checks: { database: up(database), redis: up(redis), queues: Object.fromEntries(queues) },
    };
    if (report.status === 'down') reply.status(503);
    return report;
  }
}
