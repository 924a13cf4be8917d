import { Global, Module } from '@nestjs/common';
import { PersonalDataRegistryService } from './personal-data-registry.service';

/** Global: every domain module registers its personal-data source without importing anything. */
@Global()
@Module({ providers: [PersonalDataRegistryService], exports: [PersonalDataRegistryService] })
export class PrivacyModule {}
