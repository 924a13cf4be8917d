import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('maps camelCase properties to snake_case columns', () => {
    expect(naming.columnName('lastLoginAt', undefined, [])).toBe('last_login_at');
    expect(naming.columnName('passwordHash', undefined, [])).toBe('password_hash');
  });

  it('keeps an explicit table name and snake-cases a class name', () => {
    expect(naming.tableName('AuthSession', 'auth_sessions')).toBe('auth_sessions');
    expect(naming.tableName('PasswordResetToken', undefined)).toBe('password_reset_token');
  });

  it('names join columns after the relation', () => {
    expect(naming.joinColumnName('invitedBy', 'id')).toBe('invited_by_id');
  });
});
