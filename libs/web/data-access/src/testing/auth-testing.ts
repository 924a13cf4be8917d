import { provideHttpClient, withInterceptors, type HttpInterceptorFn } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CurrentUser, SignedIn } from '@bina-pustaka/shared-contracts';

export const DEWI: CurrentUser = {
  id: '6f1d2c1e-1111-4c3a-9b1a-000000000001',
  email: 'dewi.lestari@perpustakaan.test',
  fullName: 'Dewi Lestari',
  nip: null,
  position: 'Pustakawan Ahli Pertama',
  institution: { id: '6f1d2c1e-1111-4c3a-9b1a-0000000000aa', name: 'Perpustakaan Kota' },
  roles: ['learner'],
  locale: 'id',
};

export function signedIn(token: string, user: CurrentUser = DEWI, ttlMs = 15 * 60_000): SignedIn {
  return { accessToken: token, accessTokenExpiresAt: new Date(Date.now() + ttlMs).toISOString(), user };
}

/** HttpTestingController, a router, and Transloco with empty translations. */
export function configureAuthTesting(interceptors: HttpInterceptorFn[] = []): void {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { id: {}, en: {} },
        translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
      }),
    ],
    providers: [provideHttpClient(withInterceptors(interceptors)), provideHttpClientTesting(), provideRouter([])],
  });
}
