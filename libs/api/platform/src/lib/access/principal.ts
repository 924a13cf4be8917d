import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CurrentUser, Role } from '@bina-pustaka/shared-contracts';

/** The signed-in user behind a request, loaded fresh for each request. */
export interface Principal {
  userId: string;
  sessionId: string;
  roles: Role[];
  user: CurrentUser;
  /** Where the request came from (the audit log keeps it); absent outside HTTP requests. */
  client?: { ip: string; userAgent: string | null };
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/**
 * Looks up the active user of an access token's session. Identity implements it; a
 * revoked session or a disabled user yields null, which ends access at once.
 */
export abstract class PrincipalSource {
  abstract findActive(userId: string, sessionId: string): Promise<Principal | null>;
}

/** The principal of an authenticated route (never used on public routes). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without an authenticated policy');
  return principal;
});
