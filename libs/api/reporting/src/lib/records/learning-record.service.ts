import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppError,
  LearningRecordRegistryService,
  type AppConfig,
  type Principal,
  type RecordedActivity,
  type RecordedCertificate,
  type RecordedJp,
  type RecordPerson,
} from '@bina-pustaka/api-platform';
import type {
  LearnerDirectoryPage,
  LearningRecord,
  LearningRecordActivity,
  LearningRecordYear,
} from '@bina-pustaka/shared-contracts';
import type { LearnerSearchQuery } from '@bina-pustaka/shared-contracts/schemas';
import { toWibParts } from '@bina-pustaka/shared-util';
import { ReportingScopeService } from '../shared/reporting-scope.service';

/** The organiser of what neither its domain nor a certificate names: the programme itself. */
const PROGRAMME = 'Bina Pustaka';

const wibYear = (at: Date) => Number(toWibParts(at).date.slice(0, 4));
const roundJp = (jp: number) => Math.round(jp * 100) / 100;
const key = (item: { kind: string; sourceId: string }) => `${item.kind}:${item.sourceId}`;

/**
 * A librarian's learning record (issue 16), gathered from every registered domain and
 * joined here: each activity gets the JP its ledger entry credits (once) and its live
 * certificate; ledger entries with no activity of their own (e.g. from before a domain
 * recorded them) still appear, so the activities' JP always adds up to the years' JP.
 */
@Injectable()
export class LearningRecordService {
  constructor(
    private readonly registry: LearningRecordRegistryService,
    private readonly scope: ReportingScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Someone's record, for a coordinator or an admin: 404 for a person outside their scope. */
  async record(actor: Principal, userId: string): Promise<LearningRecord> {
    const scope = this.scope.heldTo(actor);
    const person = await this.registry.people.person(userId);
    if (!person || (scope && person.institution?.id !== scope)) throw new AppError(404, 'record.notFound');
    return this.gather(person);
  }

  /** The signed-in person's own record (their transcript). */
  async own(actor: Principal): Promise<LearningRecord> {
    const person = await this.registry.people.person(actor.userId);
    if (!person) throw new AppError(404, 'record.notFound');
    return this.gather(person);
  }

  /** Librarians a coordinator may read, with their JP this year. */
  async learners(actor: Principal, query: LearnerSearchQuery): Promise<LearnerDirectoryPage> {
    const year = wibYear(new Date());
    const target = this.config.learning.jpTargetPerYear;
    const institutionId = this.scope.institutionFor(actor, query.institutionId) ?? undefined;
    const found = await this.registry.people.search({ ...query, institutionId });
    const ids = found.items.map((person) => person.userId);
    const earned = new Map<string, number>();
    for (const source of this.registry.sources) {
      for (const [userId, jp] of (await source.jpOfYear?.(ids, year)) ?? []) {
        earned.set(userId, (earned.get(userId) ?? 0) + jp);
      }
    }
    return {
      page: query.page,
      pageSize: query.pageSize,
      year,
      target,
      total: found.total,
      items: found.items.map((person) => ({ ...person, jpThisYear: roundJp(earned.get(person.userId) ?? 0) })),
    };
  }

  private async gather(found: RecordPerson): Promise<LearningRecord> {
    const { userId, fullName, nip, position, institution } = found;
    const person = { userId, fullName, nip, position, institution };
    const parts = await Promise.all(this.registry.sources.map((source) => source.collect(person.userId)));
    const ledger = parts.flatMap((part) => part.jp ?? []);
    const certificates = parts
      .flatMap((part) => part.certificates ?? [])
      .sort((a, b) => a.awardedAt.getTime() - b.awardedAt.getTime());
    return {
      person,
      activities: this.activities(
        parts.flatMap((part) => part.activities ?? []),
        ledger,
        certificates,
      ),
      jpByYear: this.years(ledger),
      certificates: certificates.map((certificate) => ({
        ...certificate,
        awardedAt: certificate.awardedAt.toISOString(),
      })),
    };
  }

  private activities(
    recorded: RecordedActivity[],
    ledger: RecordedJp[],
    certificates: RecordedCertificate[],
  ): LearningRecordActivity[] {
    const unclaimed = new Map(ledger.map((entry) => [key(entry), entry]));
    const certificateOf = new Map(
      certificates.map((certificate) => [`${key(certificate)}:${certificate.role}`, certificate]),
    );
    const rows = recorded.map((activity) => {
      const entry = unclaimed.get(key(activity));
      unclaimed.delete(key(activity));
      const certificate = certificateOf.get(`${key(activity)}:${activity.role}`);
      return {
        ...activity,
        organiser: activity.organiser ?? certificate?.issuerName ?? PROGRAMME,
        jp: entry?.jp ?? 0,
        certificateNumber: certificate?.number ?? null,
        certificateCode: certificate?.code ?? null,
      };
    });
    // JP whose activity no domain lists (an event's credited hours are a facilitator's).
    for (const entry of unclaimed.values()) {
      const certificate = [...certificateOf.values()].find((c) => key(c) === key(entry));
      rows.push({
        kind: entry.kind,
        sourceId: entry.sourceId,
        role: entry.kind === 'event' ? 'fasilitator' : 'peserta',
        title: entry.title,
        organiser: certificate?.issuerName ?? PROGRAMME,
        startedAt: entry.earnedAt,
        endedAt: entry.earnedAt,
        jp: entry.jp,
        certificateNumber: certificate?.number ?? null,
        certificateCode: certificate?.code ?? null,
      });
    }
    return rows
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.title.localeCompare(b.title, 'id'))
      .map((row) => ({ ...row, startedAt: row.startedAt.toISOString(), endedAt: row.endedAt.toISOString() }));
  }

  private years(ledger: RecordedJp[]): LearningRecordYear[] {
    const byYear = new Map<number, number>();
    for (const entry of ledger)
      byYear.set(wibYear(entry.earnedAt), (byYear.get(wibYear(entry.earnedAt)) ?? 0) + entry.jp);
    return [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, jp]) => ({ year, jp: roundJp(jp), target: this.config.learning.jpTargetPerYear }));
  }
}
