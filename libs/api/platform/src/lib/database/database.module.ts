import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type MixedList } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ensureDatabase } from './ensure-database';
import { prepareSchema } from './migrate';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's own type for a list of migration classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = MixedList<Function | string>;

@Module({})
export class DatabaseModule {
  /**
   * One PostgreSQL DataSource for the process. Entities come from each domain's
   * `TypeOrmModule.forFeature`; migrations are listed by the app, which knows its domains.
   * The DataSource is handed out only once the schema is current (migrated here, or by
   * another process, see prepareSchema), so nothing that uses the database (services,
   * queue processors, seeders) can run against missing tables.
   */
  static forRoot(config: AppConfig, migrations: MigrationList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
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
            await ensureDatabase(config.database.url);
            const dataSource = await new DataSource(options).initialize();
            await prepareSchema(dataSource, config.database.migrationsRun);
            return dataSource;
          },
        }),
      ],
    };
  }
}
