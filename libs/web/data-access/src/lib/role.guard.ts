import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { APP_PATHS, appLink, type Role } from '@bina-pustaka/shared-contracts';
import { AuthStore } from './auth.store';

/** Use after signedInGuard. Someone without any of the roles lands on the home page. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => inject(AuthStore).hasAnyRole(roles) || inject(Router).createUrlTree([appLink(APP_PATHS.home)]);
}
