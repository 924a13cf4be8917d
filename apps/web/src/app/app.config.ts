import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withInMemoryScrolling } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import {
  AuthStore,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LanguageStore,
  VisitBeaconService,
  authInterceptor,
  startLoadingFeatureOf,
} from '@bina-pustaka/web-data-access';
import { LAZY_FEATURES, appRoutes } from './app.routes';
import { provideOfflineReading } from './offline/offline-startup';
import { TranslatedTitleStrategy } from './translated-title.strategy';
import { TranslationLoader } from './translation.loader';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // XMLHttpRequest, Angular's default: it reports upload progress, which fetch() cannot.
    provideHttpClient(withInterceptors([authInterceptor])),
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { logMissingKey: isDevMode() },
      },
      loader: TranslationLoader,
    }),
    // Language first (the refresh call sends Accept-Language), then the session; guards
    // run after this, so they already know who is signed in.
    provideAppInitializer(async () => {
      startLoadingFeatureOf(LAZY_FEATURES, location.pathname);
      const language = inject(LanguageStore);
      const auth = inject(AuthStore);
      await language.restore();
      await auth.restore();
    }),
    provideOfflineReading(),
    // Each page shown is counted by the api itself (no third-party script): a beacon, never awaited.
    provideAppInitializer(() => inject(VisitBeaconService).start()),
  ],
};
