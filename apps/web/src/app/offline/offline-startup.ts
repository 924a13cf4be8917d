import {
  ApplicationRef,
  EnvironmentInjector,
  type EnvironmentProviders,
  inject,
  provideAppInitializer,
} from '@angular/core';

/** Offline reading starts when the app is stable, or after this long at the latest. */
const START_AT_THE_LATEST_MS = 30_000;

/**
 * Reading offline, started without weighing on the first screen: once the app is stable (or
 * after 30 s), a lazy chunk registers the service worker, wires the update offer and sends
 * progress kept on the device, so `@angular/service-worker` and the outbox stay out of the
 * initial bundle (see offline-features.ts).
 */
export function provideOfflineReading(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const injector = inject(EnvironmentInjector);
    const latest = new Promise((resolve) => setTimeout(resolve, START_AT_THE_LATEST_MS));
    void Promise.race([inject(ApplicationRef).whenStable(), latest])
      .then(() => import('./offline-features'))
      .then(({ startOfflineFeatures }) => startOfflineFeatures(injector));
  });
}
