export * from './lib/api-error';
export {
  APP_PATHS,
  FEATURE_PATHS,
  RETURN_URL_PARAM,
  pathMatches,
  appLink,
  safeReturnUrl,
  type AppPath,
} from './lib/app-paths';
export * from './lib/auth.interceptor';
export { AuthStore } from './lib/auth.store';
export { IdentityApi } from './lib/identity-api.service';
export { DEFAULT_LANGUAGE, LANGUAGES, LanguageStore } from './lib/language.store';
export * from './lib/role.guard';
export * from './lib/roles';
export * from './lib/signed-in.guard';
export * from './lib/signed-out.guard';
export { UserAdminApi, type InvitationListQuery, type UserListQuery } from './lib/user-admin-api.service';
export { NotificationsStore } from './lib/notifications/notifications.store';
export { hasQueuedProgress, VIDEO_RANGES_PREFIX } from './lib/offline/offline-data';
export { translationScopeRoute } from './lib/translation-scope';
export { lazyFeatureRoute, startLoadingFeatureOf, type LazyFeature } from './lib/lazy-feature';
