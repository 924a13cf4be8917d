import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What one domain holds about a person (UU 27/2022): `collect` gives it for the person's own
 * download, `erase` removes or anonymises it inside the deletion's one transaction. What a
 * domain keeps on purpose (a certificate that must stay verifiable) its `erase` leaves.
 */
export interface PersonalDataSource {
  /** The key of this domain's part of the download, e.g. `learning`. */
  section: string;
  collect(userId: string): Promise<unknown>;
  erase(manager: EntityManager, userId: string): Promise<void>;
}

/**
 * The domains' personal-data sources, each registered by its own module, so identity can
 * export or erase a person without knowing any other domain's tables. Guest data joins
 * here when it exists; how long dated records are kept is RetentionRegistryService's.
 */
@Injectable()
export class PersonalDataRegistryService {
  private readonly sources = new Map<string, PersonalDataSource>();

  register(source: PersonalDataSource): void {
    if (this.sources.has(source.section)) throw new Error(`Personal data section ${source.section} registered twice`);
    this.sources.set(source.section, source);
  }

  /** Every section for one person, in the order the domains registered. */
  async collect(userId: string): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const source of this.sources.values()) sections[source.section] = await source.collect(userId);
    return sections;
  }

  /** Every domain's erase, in the caller's transaction: one failing rolls the whole deletion back. */
  async erase(manager: EntityManager, userId: string): Promise<void> {
    for (const source of this.sources.values()) await source.erase(manager, userId);
  }
}

/**
 * The address a deleted account (and what kept a copy of it) gets instead of the person's:
 * unique per account, never deliverable (`.invalid` is reserved), so the person's own
 * address is free to register again.
 */
export function erasedEmail(userId: string): string {
  return `deleted-${userId}@akun-terhapus.invalid`;
}
