import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PrincipalSource, type Principal } from '@bina-pustaka/api-platform';
import type { Locale, Role } from '@bina-pustaka/shared-contracts';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PrincipalRow {
  id: string;
  email: string;
  full_name: string;
  nip: string | null;
  position: string | null;
  roles: Role[];
  locale: Locale;
  institution_id: string | null;
  institution_name: string | null;
}

/**
 * One indexed query per authenticated request: the session must be live and the user
 * active. Disabling a user or revoking a session therefore takes effect on the next call.
 */
const PRINCIPAL_SQL = `
  SELECT u.id, u.email, u.full_name, u.nip, u.position, u.roles, u.locale,
         u.institution_id, i.name AS institution_name
    FROM auth_sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN institutions i ON i.id = u.institution_id
   WHERE s.id = $1 AND s.user_id = $2
     AND s.revoked_at IS NULL AND s.expires_at > now()
     AND u.status = 'active'`;

@Injectable()
export class SessionPrincipalSource extends PrincipalSource {
  /**
   * TypeORM's own pg pool, used directly with a named (prepared) statement: this runs on
   * every authenticated request, so it skips the query runner and PostgreSQL's re-planning.
   */
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource) {
    super();
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  async findActive(userId: string, sessionId: string): Promise<Principal | null> {
    const { rows } = await this.pool.query<PrincipalRow>({
      name: 'principal-by-session',
      text: PRINCIPAL_SQL,
      values: [sessionId, userId],
    });
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      sessionId,
      roles: row.roles,
      user: {
        id: row.id,
        email: row.email,
        fullName: row.full_name,
        nip: row.nip,
        position: row.position,
        roles: row.roles,
        locale: row.locale,
        institution: row.institution_id ? { id: row.institution_id, name: row.institution_name ?? '' } : null,
      },
    };
  }
}
