/**
 * Every client route path, in one place. Paths are Indonesian because they appear in
 * the address bar and in emailed links (the api builds `/undangan#token=…` and
 * `/atur-ulang-sandi#token=…`).
 */
export const APP_PATHS = {
  home: '',
  signIn: 'masuk',
  forgotPassword: 'lupa-sandi',
  resetPassword: 'atur-ulang-sandi',
  acceptInvitation: 'undangan',
  register: 'daftar',
  profile: 'profil',
  adminUsers: 'admin/pengguna',
} as const;

export type AppPath = (typeof APP_PATHS)[keyof typeof APP_PATHS];

/** Absolute link for routerLink and navigateByUrl. */
export function appLink(path: AppPath): string {
  return `/${path}`;
}

/** Query parameter that carries the page to return to after signing in. */
export const RETURN_URL_PARAM = 'kembali';

/** Only same-app paths are followed after sign-in (no "//evil.example" or absolute URLs). */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
