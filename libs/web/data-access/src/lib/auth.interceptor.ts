import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AuthStore } from './auth.store';
import { LanguageStore } from './language.store';

const API_PREFIX = '/api/';
/** Sign-in, refresh and the other public auth calls never carry the access token nor retry. */
const AUTH_PREFIX = '/api/auth/';

/**
 * Adds Accept-Language (the server translates its messages) and the bearer token to api
 * calls. On a 401 it refreshes once (shared with every other caller) and retries; when the
 * session cannot be refreshed, the person is sent to sign in.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith(API_PREFIX)) return next(request);
  const auth = inject(AuthStore);
  const language = inject(LanguageStore);
  const isAuthCall = request.url.startsWith(AUTH_PREFIX);

  const prepare = (token: string | null): HttpRequest<unknown> =>
    request.clone({
      setHeaders: {
        'Accept-Language': language.current(),
        ...(token && !isAuthCall ? { Authorization: `Bearer ${token}` } : {}),
      },
    });

  const sentToken = auth.accessToken();
  return next(prepare(sentToken)).pipe(
    catchError((error: unknown) => {
      if (isAuthCall || !sentToken || !(error instanceof HttpErrorResponse) || error.status !== 401) {
        return throwError(() => error);
      }
      // Another call may already have refreshed while this one was on the wire.
      const current = auth.accessToken();
      const fresh = current && current !== sentToken ? Promise.resolve(true) : auth.refresh();
      return from(fresh).pipe(
        switchMap((ok) => {
          if (ok) return next(prepare(auth.accessToken()));
          void auth.expire();
          return throwError(() => error);
        }),
      );
    }),
  );
};
