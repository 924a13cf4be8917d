import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { MixedList } from 'typeorm';
import { AccessGuard } from './access/access.guard';
import { AccessModule } from './access/access.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { PageMetaModule } from './http/page-meta';
import { PrivacyModule } from './privacy/privacy.module';
import { QueuesModule } from './queues/queues.module';
import { LearningRecordsModule } from './reporting/learning-record-registry.service';
import { RedisModule } from './redis/redis.module';
import { DashboardRegistryModule } from './reporting/dashboard-registry.service';
import { SocketsModule } from './sockets/sockets.module';
import { StorageModule } from './storage/storage.module';

/**
 * The plumbing of the api process in one import: config, database (migrated),
 * Redis, queues, access tokens, health, the one socket.io Server, the personal-data
 * registry, the page descriptions of the web client's HTML, the dashboard's and the learning records'
 * sources, and the global
 * deny-by-default AccessGuard.
 * The guard needs a PrincipalSource, which the (global) identity module provides.
 */
@Module({})
export class ApiPlatformModule {
  // TypeORM's own type for a list of migration classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  static forRoot(config: AppConfig, migrations: MixedList<Function | string>): DynamicModule {
    return {
      module: ApiPlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config, migrations),
        RedisModule,
        QueuesModule,
        AccessModule,
        HealthModule,
        StorageModule,
        SocketsModule,
        PrivacyModule,
        PageMetaModule,
        DashboardRegistryModule,
        LearningRecordsModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}

/**
 * The plumbing of the worker process: config, database, Redis, queues and storage.
 * Processors come from the domains. The worker knows every migration the api runs: it
 * may start first, and then migrates under the same lock (or waits for the schema with
 * MIGRATIONS_RUN=false) before any processor or schedule touches a table.
 */
@Module({})
export class WorkerPlatformModule {
  // TypeORM's own type for a list of migration classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  static forRoot(config: AppConfig, migrations: MixedList<Function | string>): DynamicModule {
    return {
      module: WorkerPlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config, migrations),
        RedisModule,
        QueuesModule,
        StorageModule,
        // Domain modules the worker shares with the api (notifications, the webinar ledger) register their sources here too.
        PrivacyModule,
        LearningRecordsModule,
      ],
    };
  }
}
