import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  AccessGuard,
  AccessModule,
  ConfigModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  QueuesModule,
  RedisModule,
  type AppConfig,
} from '@bina-pustaka/api-platform';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';

/** The api process: platform plumbing plus one module per domain. */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot([...identityMigrations]),
        RedisModule,
        QueuesModule,
        AccessModule,
        HealthModule,
        IdentityModule,
      ],
      // Deny by default: every route must declare who may call it.
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
