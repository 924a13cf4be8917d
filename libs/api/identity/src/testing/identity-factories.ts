import type { ApiClient } from '@bina-pustaka/api-testing';
import type { CurrentUser, Role, SignedIn } from '@bina-pustaka/shared-contracts';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { InstitutionEntity } from '../lib/entities/institution.entity';
import { UserEntity } from '../lib/entities/user.entity';
import { PasswordsService } from '../lib/services/passwords.service';

export const TEST_PASSWORD = 'Rahasia-Uji-2026';

let testPasswordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  roles: Role[];
}

/** A user straight in the database (every test makes its own; nothing is shared). */
export async function createTestUser(
  db: DataSource,
  overrides: Partial<
    Pick<UserEntity, 'email' | 'fullName' | 'roles' | 'status' | 'institutionId' | 'nip' | 'locale'>
  > = {},
): Promise<TestUser> {
  testPasswordHash ??= new PasswordsService().hash(TEST_PASSWORD);
  const roles = overrides.roles ?? ['learner'];
  const email = overrides.email ?? `${roles[0]}-${randomBytes(4).toString('hex')}@uji.test`;
  const user = await db.getRepository(UserEntity).save({
    fullName: 'Pengguna Uji',
    status: 'active',
    locale: 'id',
    institutionId: null,
    nip: null,
    position: null,
    ...overrides,
    email,
    roles,
    passwordHash: await testPasswordHash,
  });
  return { id: user.id, email, password: TEST_PASSWORD, roles };
}

export async function createTestInstitution(
  db: DataSource,
  name = `Perpustakaan Uji ${randomBytes(3).toString('hex')}`,
) {
  return db.getRepository(InstitutionEntity).save({ name, city: 'Sukamaju' });
}

export interface SignedInUser extends TestUser {
  token: string;
  cookie: string;
  user: CurrentUser;
}

/** Signs in over HTTP, as the web client does. */
export async function signIn(api: ApiClient, user: TestUser): Promise<SignedInUser> {
  const response = await api.post<SignedIn>('/api/auth/login', { email: user.email, password: user.password });
  if (response.status !== 200 || !response.refreshCookie) {
    throw new Error(`Sign-in of ${user.email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { ...user, token: response.body.accessToken, cookie: response.refreshCookie, user: response.body.user };
}
