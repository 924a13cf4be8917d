import { containsPattern } from '@bina-pustaka/api-platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventPartner, Locale, Role, UserStatus } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { InstitutionEntity } from '../entities/institution.entity';
import { UserEntity } from '../entities/user.entity';
import { institutionLogoUrl } from './institutions.service';

export interface DirectoryUser {
  id: string;
  email: string;
  fullName: string;
  nip: string | null;
  roles: Role[];
  status: UserStatus;
  institutionId: string | null;
  /** The language the person reads the app in: what emails to them are written in. */
  locale: Locale;
}

const COLUMNS = {
  id: true,
  email: true,
  fullName: true,
  nip: true,
  roles: true,
  status: true,
  institutionId: true,
  locale: true,
} as const;

/**
 * How other domains look people up (names for lists, emails for imports, roles for
 * checks) without reading identity's tables themselves.
 */
@Injectable()
export class UserDirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<Map<string, DirectoryUser>> {
    if (ids.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ select: COLUMNS, where: { id: In([...new Set(ids)]) } });
    return new Map(users.map((user) => [user.id, user]));
  }

  /** Emails are matched lower-cased, as they are stored. */
  async byEmails(emails: readonly string[]): Promise<Map<string, DirectoryUser>> {
    if (emails.length === 0) return new Map();
    const normalised = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ select: COLUMNS, where: { email: In(normalised) } });
    return new Map(users.map((user) => [user.email, user]));
  }

  async byNips(nips: readonly string[]): Promise<Map<string, DirectoryUser>> {
    if (nips.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ select: COLUMNS, where: { nip: In([...new Set(nips)]) } });
    return new Map(users.map((user) => [user.nip ?? '', user]));
  }

  /** Names of institutions by id (for certificates and reports). */
  async institutionNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const known = [...new Set(ids.filter((id): id is string => id !== null))];
    if (known.length === 0) return new Map();
    const institutions = await this.dataSource
      .getRepository(InstitutionEntity)
      .find({ select: { id: true, name: true }, where: { id: In(known) } });
    return new Map(institutions.map((institution) => [institution.id, institution.name]));
  }

  /** Institutions as a partner shows them on an event's page (name, kind, logo), by id. */
  async partners(ids: readonly string[]): Promise<Map<string, EventPartner>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(InstitutionEntity)
      .find({ select: { id: true, name: true, kind: true, logoHash: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, name: row.name, kind: row.kind, logoUrl: row.logoHash ? institutionLogoUrl(row.logoHash) : null },
      ]),
    );
  }

  /**
   * The librarians reports count: active accounts with the learner role, of one institution
   * when given. Ids only, by id.
   */
  async librarianIds(institutionId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM users
        WHERE status = 'active' AND 'learner' = ANY(roles) AND ($1::uuid IS NULL OR institution_id = $1)
        ORDER BY id`,
      [institutionId],
    );
    return rows.map((row) => row.id);
  }

  /** Active people whose name contains the text, by name (a mention picker open to everyone). */
  async activeNamed(text: string, limit: number): Promise<{ id: string; fullName: string }[]> {
    return this.dataSource.query(
      `SELECT id, full_name AS "fullName" FROM users
        WHERE status = 'active' AND full_name ILIKE $1 ORDER BY lower(full_name), id LIMIT $2`,
      [containsPattern(text), limit],
    );
  }

  /** Active trainers whose name or email contains the text, for pickers (first 20 by name). */
  async trainers(text = ''): Promise<{ id: string; fullName: string; email: string }[]> {
    const pattern = containsPattern(text);
    return this.dataSource.query(
      `SELECT id, full_name AS "fullName", email FROM users
        WHERE 'trainer' = ANY(roles) AND status = 'active' AND (full_name ILIKE $1 OR email ILIKE $1)
        ORDER BY lower(full_name) LIMIT 20`,
      [pattern],
    );
  }

  /** Ids of people whose name, email or NIP contains the text (for filters in other domains). */
  async searchIds(text: string, limit = 500): Promise<string[]> {
    const pattern = containsPattern(text);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM users WHERE full_name ILIKE $1 OR email ILIKE $1 OR nip ILIKE $1 LIMIT $2`,
      [pattern, limit],
    );
    return rows.map((row) => row.id);
  }
}
