import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { RETURN_URL_PARAM } from './app-paths';
import { AuthStore } from './auth.store';

/** Pages for signed-in people: others go to sign-in and come back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).signedIn()) return true;
  return inject(Router).createUrlTree([appLink(APP_PATHS.signIn)], {
    queryParams: state.url !== '/' ? { [RETURN_URL_PARAM]: state.url } : {},
  });
};
