import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { PersonalDataRegistryService } from './personal-data-registry.service';
import { RetentionRegistryService } from './retention-registry.service';
import { RetentionProcessor } from './retention.processor';

/** Global: every domain module registers its personal-data source (and retention rule) without importing anything. */
@Global()
@Module({
  providers: [PersonalDataRegistryService, RetentionRegistryService],
  exports: [PersonalDataRegistryService, RetentionRegistryService],
})
export class PrivacyModule {}

/**
 * The worker side: the nightly job that runs the retention rules. `withRules` loads the
 * domains' modules that register them; a domain left out keeps its records.
 */
@Module({ providers: [RetentionProcessor] })
export class RetentionWorkerModule {
  static withRules(ruleModules: Type[]): DynamicModule {
    return { module: RetentionWorkerModule, imports: ruleModules };
  }
}
