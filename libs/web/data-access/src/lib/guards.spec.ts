import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  convertToParamMap,
  type RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import type { CurrentUser } from '@bina-pustaka/shared-contracts';
import { DEWI, configureAuthTesting, signedIn } from '../testing/auth-testing';
import { AUTH_API, AuthStore } from './auth.store';
import { roleGuard } from './role.guard';
import { signedInGuard } from './signed-in.guard';
import { signedOutGuard } from './signed-out.guard';

function run(guard: CanActivateFn, url: string, query: Record<string, string> = {}): ReturnType<CanActivateFn> {
  const route = { queryParamMap: convertToParamMap(query) } as ActivatedRouteSnapshot;
  return TestBed.runInInjectionContext(() => guard(route, { url } as RouterStateSnapshot));
}

function asUrl(result: ReturnType<CanActivateFn>): string {
  expect(result).toBeInstanceOf(UrlTree);
  return (result as UrlTree).toString();
}

async function signInAs(user: CurrentUser): Promise<void> {
  const done = TestBed.inject(AuthStore).signIn(user.email, 'x');
  TestBed.inject(HttpTestingController).expectOne(AUTH_API.login).flush(signedIn('t', user));
  await done;
}

describe('route guards', () => {
  beforeEach(() => {
    localStorage.clear();
    configureAuthTesting();
  });

  it('signedInGuard sends guests to sign-in with the page to return to', () => {
    expect(asUrl(run(signedInGuard, '/admin/pengguna?q=dewi'))).toBe('/masuk?kembali=%2Fadmin%2Fpengguna%3Fq%3Ddewi');
    expect(asUrl(run(signedInGuard, '/'))).toBe('/masuk');
  });

  it('signedInGuard lets signed-in people through', async () => {
    await signInAs(DEWI);
    expect(run(signedInGuard, '/profil')).toBe(true);
  });

  it('roleGuard admits any of its roles and sends others home', async () => {
    await signInAs(DEWI);
    expect(asUrl(run(roleGuard('admin', 'coordinator'), '/admin/pengguna'))).toBe('/');
    expect(run(roleGuard('learner'), '/')).toBe(true);
  });

  it('roleGuard admits a coordinator to user administration', async () => {
    await signInAs({ ...DEWI, roles: ['coordinator', 'trainer'] });
    expect(run(roleGuard('admin', 'coordinator'), '/admin/pengguna')).toBe(true);
  });

  it('signedOutGuard sends signed-in people on, only to same-app paths', async () => {
    expect(run(signedOutGuard, '/masuk')).toBe(true);
    await signInAs(DEWI);
    expect(asUrl(run(signedOutGuard, '/masuk', { kembali: '/profil' }))).toBe('/profil');
    expect(asUrl(run(signedOutGuard, '/masuk', { kembali: '//evil.example/x' }))).toBe('/');
    expect(asUrl(run(signedOutGuard, '/masuk', { kembali: 'https://evil.example' }))).toBe('/');
  });
});
