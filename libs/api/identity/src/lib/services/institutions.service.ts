import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  FileTooLargeError,
  imageTypeOf,
  isUniqueViolation,
  readAtMost,
  Storage,
} from '@bina-pustaka/api-platform';
import {
  INSTITUTION_LOGO_MAX_BYTES,
  type Institution,
  type InstitutionContact,
  type InstitutionKind,
} from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { InstitutionEntity } from '../entities/institution.entity';

/** What a create or update request carries (the contracts' schemas, already parsed). */
export interface InstitutionInput {
  name?: string;
  city?: string | null;
  kind?: InstitutionKind;
  website?: string | null;
  description?: string | null;
  contact?: Partial<InstitutionContact> | null;
}

/** The public address of a logo: named by its content, so it never changes and may be cached for good. */
export const institutionLogoUrl = (hash: string) => `/api/institution-logos/${hash}`;

const LOGO_HASH = /^[0-9a-f]{64}$/;
const logoKey = (hash: string) => `institution-logos/${hash}`;

const toInstitution = (row: InstitutionEntity): Institution => ({
  id: row.id,
  name: row.name,
  city: row.city,
  kind: row.kind,
  website: row.website,
  description: row.description,
  contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
  logoUrl: row.logoHash ? institutionLogoUrl(row.logoHash) : null,
});

/** The columns a request changes; fields it leaves out stay as they are, a contact sent is the whole contact. */
function columnsOf(input: InstitutionInput): Partial<InstitutionEntity> {
  const { contact, ...rest } = input;
  if (contact === undefined) return rest;
  return {
    ...rest,
    contactName: contact?.name ?? null,
    contactEmail: contact?.email ?? null,
    contactPhone: contact?.phone ?? null,
  };
}

/**
 * Libraries and partner organisations: anyone signed in lists them (people pick theirs),
 * coordinators and admins keep them. A logo is stored under the hash of its bytes and read
 * by anyone at that address (events' public pages show partners' logos).
 */
@Injectable()
export class InstitutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: Storage,
  ) {}

  async list(): Promise<Institution[]> {
    const rows = await this.repository().find({ order: { name: 'ASC' } });
    return rows.map(toInstitution);
  }

  async create(input: InstitutionInput & { name: string; kind: InstitutionKind }): Promise<Institution> {
    return this.saving(() => this.repository().save(this.repository().create(columnsOf(input))));
  }

  async update(id: string, changes: InstitutionInput): Promise<Institution> {
    const existing = await this.find(id);
    return this.saving(() => this.repository().save({ ...existing, ...columnsOf(changes) }));
  }

  /** Replaces the logo with an uploaded PNG, JPEG or WebP (by its bytes) of at most 512 kB. */
  async setLogo(id: string, content: Readable & { truncated?: boolean }): Promise<Institution> {
    const existing = await this.find(id).catch((error: unknown) => {
      content.resume();
      throw error;
    });
    const bytes = await readAtMost(content, INSTITUTION_LOGO_MAX_BYTES).catch((error: unknown) => {
      if (!(error instanceof FileTooLargeError)) throw error;
      // The rest of the body is never read: close the connection after the answer.
      throw new AppError(
        413,
        'institutions.logoTooLarge',
        { limit: `${INSTITUTION_LOGO_MAX_BYTES / 1024} kB` },
        { Connection: 'close' },
      );
    });
    const contentType = imageTypeOf(bytes);
    if (!contentType) throw new AppError(415, 'institutions.logoWrongType');
    const hash = createHash('sha256').update(bytes).digest('hex');
    await this.storage.write(logoKey(hash), bytes);
    const previous = existing.logoHash;
    const saved = await this.repository().save({ ...existing, logoHash: hash, logoContentType: contentType });
    if (previous && previous !== hash) await this.forgetIfUnused(previous);
    return toInstitution(saved);
  }

  async removeLogo(id: string): Promise<Institution> {
    const existing = await this.find(id);
    const previous = existing.logoHash;
    const saved = await this.repository().save({ ...existing, logoHash: null, logoContentType: null });
    if (previous) await this.forgetIfUnused(previous);
    return toInstitution(saved);
  }

  /** A logo by its hash, for anyone (no sign-in): 404 for any other address. */
  async logo(hash: string): Promise<{ bytes: Buffer; contentType: string }> {
    const row = LOGO_HASH.test(hash) ? await this.repository().findOneBy({ logoHash: hash }) : null;
    if (!row?.logoContentType) throw new AppError(404, 'institutions.logoNotFound');
    return { bytes: await this.storage.read(logoKey(hash)), contentType: row.logoContentType };
  }

  private repository() {
    return this.dataSource.getRepository(InstitutionEntity);
  }

  private async find(id: string): Promise<InstitutionEntity> {
    const existing = await this.repository().findOneBy({ id });
    if (!existing) throw new AppError(404, 'institutions.notFound');
    return existing;
  }

  /** Two partners may share one logo file (same bytes): it goes when the last one lets it go. */
  private async forgetIfUnused(hash: string): Promise<void> {
    if (!(await this.repository().existsBy({ logoHash: hash }))) await this.storage.remove(logoKey(hash));
  }

  private async saving(write: () => Promise<InstitutionEntity>): Promise<Institution> {
    try {
      return toInstitution(await write());
    } catch (error) {
      if (isUniqueViolation(error, 'uq_institutions_name')) throw new AppError(409, 'institutions.nameTaken');
      throw error;
    }
  }
}
