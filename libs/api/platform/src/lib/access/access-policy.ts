import { SetMetadata } from '@nestjs/common';
import type { Role } from '@bina-pustaka/shared-contracts';

/**
 * Who may call a route. Every controller method (or its class) declares one; the global
 * AccessGuard denies routes without a policy, and a test lists any that lack one.
 * Object-level rules (is this *your* profile?) are checked in services on top.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_POLICY = 'bp:access-policy';

/** Anyone, signed in or not (sign-in itself, verification pages, health). */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any active, signed-in user. */
export const Authenticated = () => SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);

/** A signed-in user holding at least one of these roles. */
export const RequireRoles = (...roles: Role[]) =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);
