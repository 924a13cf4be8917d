import { Global, Injectable, Module } from '@nestjs/common';
import type {
  LearningRecordActivity,
  LearningRecordCertificate,
  LearningRecordPerson,
  Page,
} from '@bina-pustaka/shared-contracts';

/** An activity as its domain knows it; reporting adds the JP and the certificate from the other parts. */
export interface RecordedActivity extends Pick<LearningRecordActivity, 'kind' | 'sourceId' | 'role' | 'title'> {
  /** Null when the domain does not know it (then the certificate's issuer, or the programme). */
  organiser: string | null;
  startedAt: Date;
  endedAt: Date;
}

/** One entry of the JP ledger: what an activity earned and when. */
export interface RecordedJp extends Pick<LearningRecordActivity, 'kind' | 'sourceId' | 'jp'> {
  /** The title the ledger kept, for JP whose activity no domain lists. */
  title: string;
  earnedAt: Date;
}

/** An issued certificate, with its public verify page. */
export interface RecordedCertificate extends Omit<LearningRecordCertificate, 'awardedAt'> {
  awardedAt: Date;
}

/** What one domain holds of a person's learning (issue 16); every part optional. */
export interface LearningRecordPart {
  activities?: RecordedActivity[];
  jp?: RecordedJp[];
  certificates?: RecordedCertificate[];
}

/** One domain's part of the learning record, with its own SQL over its own tables. */
export interface LearningRecordSource {
  /** The domain's name, e.g. `learning`. */
  readonly name: string;
  collect(userId: string): Promise<LearningRecordPart>;
  /** JP each of these people earned in a year (WIB); only the domain that keeps the JP ledger answers it. */
  jpOfYear?(userIds: readonly string[], year: number): Promise<Map<string, number>>;
}

export interface RecordPerson extends LearningRecordPerson {
  email: string;
}

/** Who the records are about: identity finds librarians and names them. */
export interface LearningRecordPeople {
  person(userId: string): Promise<RecordPerson | null>;
  /** Librarians by name, email or NIP (all when q is empty), by name; only one institution's when given. */
  search(query: {
    q?: string;
    institutionId?: string;
    page: number;
    pageSize: number;
  }): Promise<Omit<Page<RecordPerson>, 'page' | 'pageSize'>>;
}

/**
 * The domains' parts of a librarian's learning record, each registered by its own module
 * when it starts, so reporting gathers a record without importing any domain or reading
 * their tables. A domain that starts recording learning adds its source here.
 */
@Injectable()
export class LearningRecordRegistryService {
  private readonly registered = new Map<string, LearningRecordSource>();
  private directory: LearningRecordPeople | null = null;

  register(source: LearningRecordSource): void {
    if (this.registered.has(source.name)) throw new Error(`Learning record source ${source.name} registered twice`);
    this.registered.set(source.name, source);
  }

  registerPeople(people: LearningRecordPeople): void {
    if (this.directory) throw new Error('The people of learning records registered twice');
    this.directory = people;
  }

  get sources(): LearningRecordSource[] {
    return [...this.registered.values()];
  }

  get people(): LearningRecordPeople {
    if (!this.directory) throw new Error('No people for learning records: the identity module is not loaded');
    return this.directory;
  }
}

/** Global, so a domain registers its source without importing reporting. */
@Global()
@Module({ providers: [LearningRecordRegistryService], exports: [LearningRecordRegistryService] })
export class LearningRecordsModule {}
