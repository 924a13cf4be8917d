import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  containsPattern,
  LearningRecordRegistryService,
  type LearningRecordPeople,
  type RecordPerson,
} from '@bina-pustaka/api-platform';
import { DataSource } from 'typeorm';

interface PersonRow {
  userId: string;
  fullName: string;
  email: string;
  nip: string | null;
  position: string | null;
  institutionId: string | null;
  institutionName: string | null;
}

const COLUMNS = `u.id AS "userId", u.full_name AS "fullName", u.email, u.nip, u.position,
                 i.id AS "institutionId", i.name AS "institutionName"`;

/** Learners whose account was not deleted; $1 a pattern for name, email or NIP, $2 an institution (each or null). */
const LIBRARIANS = `'learner' = ANY(u.roles) AND u.deleted_at IS NULL
  AND ($1::text IS NULL OR u.full_name ILIKE $1 OR u.email ILIKE $1 OR u.nip ILIKE $1)
  AND ($2::uuid IS NULL OR u.institution_id = $2)`;

const person = ({ institutionId, institutionName, ...row }: PersonRow): RecordPerson => ({
  ...row,
  institution: institutionId ? { id: institutionId, name: institutionName ?? '' } : null,
});

/**
 * Whom learning records are about (issue 16): a person by id, and the coordinator's search
 * among librarians (learners whose account was not deleted) by name, email or NIP.
 */
@Injectable()
export class RecordPeopleService implements LearningRecordPeople, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: LearningRecordRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.registerPeople(this);
  }

  async person(userId: string): Promise<RecordPerson | null> {
    const [row]: PersonRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM users u LEFT JOIN institutions i ON i.id = u.institution_id WHERE u.id = $1`,
      [userId],
    );
    return row ? person(row) : null;
  }

  async search(query: { q?: string; institutionId?: string; page: number; pageSize: number }) {
    const filter = [query.q ? containsPattern(query.q) : null, query.institutionId ?? null];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<PersonRow[]>(
        `SELECT ${COLUMNS} FROM users u LEFT JOIN institutions i ON i.id = u.institution_id
          WHERE ${LIBRARIANS} ORDER BY lower(u.full_name), u.id LIMIT $3 OFFSET $4`,
        [...filter, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM users u WHERE ${LIBRARIANS}`, filter),
    ]);
    return { items: rows.map(person), total: Number(total) };
  }
}
