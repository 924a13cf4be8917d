import { AppError } from '../http/app-error';
import type { AccessTokensService } from './access-tokens.service';
import type { Principal, PrincipalSource } from './principal';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

const invalid = (code: string) => new AppError(401, code, {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

/**
 * The signed-in person behind an Authorization header: a valid access token whose session
 * is live and whose user is active. Throws the 401 to answer otherwise.
 */
export async function authenticate(
  header: string | undefined,
  tokens: AccessTokensService,
  principals: PrincipalSource,
): Promise<Principal> {
  if (!header) throw new AppError(401, 'auth.tokenMissing', {}, { 'WWW-Authenticate': 'Bearer' });
  const match = BEARER.exec(header);
  if (!match) throw invalid('auth.tokenInvalid');
  const claims = tokens.verify(match[1]);
  const principal = await principals.findActive(claims.sub, claims.sid);
  if (!principal) throw invalid('auth.sessionEnded');
  return principal;
}
