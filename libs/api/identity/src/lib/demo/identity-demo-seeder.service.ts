import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import { DataSource } from 'typeorm';
import { InstitutionEntity } from '../entities/institution.entity';
import { UserEntity } from '../entities/user.entity';
import { PasswordsService } from '../services/passwords.service';
import { DEMO_ACCOUNTS, DEMO_INSTITUTION, DEMO_PARTNERS, DEMO_PASSWORD } from './demo-data';

/** Any fixed number; serialises seeding between api nodes starting together. */
const SEED_LOCK_KEY = 7_061_728;

/**
 * Fills an empty database with a demo library so a fresh install can be tried at once.
 * Other domains' demo data waits on `ensureSeeded()` (they need the people).
 */
@Injectable()
export class IdentityDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityDemoSeederService.name);
  private seeding?: Promise<boolean>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSeeded();
  }

  /** True when the demo people were created now (the database was empty). */
  ensureSeeded(): Promise<boolean> {
    this.seeding ??= this.config.demoSeed ? this.seed() : Promise.resolve(false);
    return this.seeding;
  }

  private async seed(): Promise<boolean> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return false;
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if ((await manager.getRepository(UserEntity).count()) > 0) return false;
      const institution = await manager.getRepository(InstitutionEntity).save(DEMO_INSTITUTION);
      await manager.getRepository(InstitutionEntity).insert(DEMO_PARTNERS);
      await manager.getRepository(UserEntity).insert(
        DEMO_ACCOUNTS.map((account) => ({
          ...account,
          institutionId: institution.id,
          status: 'active' as const,
          locale: 'id' as const,
          passwordHash,
        })),
      );
      return true;
    });
    if (seeded) this.logger.log(`Seeded the demo library: ${DEMO_ACCOUNTS.length} accounts (see README)`);
    return seeded;
  }
}
