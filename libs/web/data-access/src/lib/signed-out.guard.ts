import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { RETURN_URL_PARAM, safeReturnUrl } from './app-paths';
import { AuthStore } from './auth.store';

/** Sign-in and registration: someone already signed in goes where they were heading. */
export const signedOutGuard: CanActivateFn = (route) => {
  if (!inject(AuthStore).signedIn()) return true;
  return inject(Router).parseUrl(safeReturnUrl(route.queryParamMap.get(RETURN_URL_PARAM)));
};
