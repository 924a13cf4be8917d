import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long one domain keeps one kind of dated record (UU 27/2022: no longer than needed).
 * `purge` deletes what is dated before `before` and says how many rows went.
 */
export interface RetentionRule {
  /** What is purged, for the logs: e.g. `audit entries` (never anything about a person). */
  name: string;
  keepDays: number;
  purge(manager: EntityManager, before: Date): Promise<number>;
}

/**
 * The domains' retention rules, each registered by its own module (in the worker), run by
 * the nightly retention job (events register their guests' anonymising here too).
 */
@Injectable()
export class RetentionRegistryService {
  private readonly logger = new Logger(RetentionRegistryService.name);
  private readonly rules = new Map<string, RetentionRule>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  register(rule: RetentionRule): void {
    if (this.rules.has(rule.name)) throw new Error(`Retention rule ${rule.name} registered twice`);
    this.rules.set(rule.name, rule);
  }

  /**
   * Runs every rule as of `now`, each in its own transaction so one failing keeps what the
   * others removed; then throws (the job is retried; purging twice is harmless). The rows
   * removed by rule name.
   */
  async purge(now: Date): Promise<Record<string, number>> {
    const removed: Record<string, number> = {};
    const failed: string[] = [];
    for (const rule of this.rules.values()) {
      const before = new Date(now.getTime() - rule.keepDays * DAY_MS);
      try {
        removed[rule.name] = await this.dataSource.transaction((manager) => rule.purge(manager, before));
        this.logger.log(`Retention: removed ${removed[rule.name]} ${rule.name} older than ${rule.keepDays} days`);
      } catch (error) {
        failed.push(rule.name);
        this.logger.error(`Retention: purging ${rule.name} failed: ${(error as Error).message}`);
      }
    }
    if (failed.length > 0) throw new Error(`Retention failed for ${failed.join(', ')}`);
    return removed;
  }
}
