import { Module, type DynamicModule } from '@nestjs/common';
import { ApiPlatformModule, type AppConfig } from '@bina-pustaka/api-platform';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';

/** The api process: the platform plumbing plus one module per domain. */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ApiPlatformModule.forRoot(config, [...identityMigrations, ...learningMigrations]),
        IdentityModule,
        LearningModule,
      ],
    };
  }
}
