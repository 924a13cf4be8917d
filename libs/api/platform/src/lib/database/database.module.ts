import { Inject, Injectable, Logger, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type MixedList } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ensureDatabase } from './ensure-database';
import { runMigrationsExclusively } from './migrate';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's own type for a list of migration classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = MixedList<Function | string>;

/**
 * Migrates at start-up, before any module's onApplicationBootstrap (seeding, queues) runs.
 * MIGRATIONS_RUN=false leaves it to a deploy step.
 */
@Injectable()
class MigrationRunner implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.database.migrationsRun) return;
    const applied = await runMigrationsExclusively(this.dataSource);
    if (applied.length > 0) new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
  }
}

@Module({})
export class DatabaseModule {
  /**
   * One PostgreSQL DataSource for the process. Entities come from each domain's
   * `TypeOrmModule.forFeature`; migrations are listed by the app, which knows its domains.
   */
  static forRoot(migrations: MigrationList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            type: 'postgres' as const,
            url: config.database.url,
            autoLoadEntities: true,
            synchronize: false,
            migrationsRun: false,
            migrations,
            namingStrategy: new SnakeNamingStrategy(),
            extra: { max: 20, application_name: 'bina-pustaka' },
          }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('DataSource options missing');
            const url = (options as { url: string }).url;
            await ensureDatabase(url);
            return new DataSource(options).initialize();
          },
        }),
      ],
      providers: [MigrationRunner],
    };
  }
}
