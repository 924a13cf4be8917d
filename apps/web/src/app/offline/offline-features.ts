import {
  ApplicationRef,
  EnvironmentInjector,
  createComponent,
  createEnvironmentInjector,
  isDevMode,
} from '@angular/core';
import { SwUpdate, provideServiceWorker } from '@angular/service-worker';
import { AuthStore, hasQueuedProgress } from '@bina-pustaka/web-data-access';
import { LessonProgressOutbox } from '@bina-pustaka/web-data-access/learning';
import { filter } from 'rxjs';
import { AppUpdateNoticeComponent } from './app-update-notice.component';

/** Built by the production configuration from apps/web/ngsw-config.json. */
const WORKER_SCRIPT = 'ngsw-worker.js';

/** Loaded lazily by provideOfflineReading once the first screen is up. */
export function startOfflineFeatures(injector: EnvironmentInjector): void {
  sendQueuedProgress(injector);
  if (!isDevMode() && 'serviceWorker' in navigator) startServiceWorker(injector);
}

/**
 * Progress kept on the device goes as soon as the app runs online, whatever page it opens
 * on (the player's outbox does the sending, and listens for the connection from then on).
 */
function sendQueuedProgress(injector: EnvironmentInjector): void {
  const auth = injector.get(AuthStore);
  const send = () => {
    const userId = auth.user()?.id;
    if (userId && hasQueuedProgress(userId) && navigator.onLine) void injector.get(LessonProgressOutbox).flush();
  };
  send();
  window.addEventListener('online', send);
}

/**
 * Registers Angular's service worker and offers new versions. provideServiceWorker's own
 * initializer runs only at bootstrap, so the worker is registered here (as that initializer
 * does) and SwUpdate comes from a child injector.
 */
function startServiceWorker(parent: EnvironmentInjector): void {
  const container = navigator.serviceWorker;
  // As provideServiceWorker does: a new controller starts its work at once, not on the first fetch.
  container.addEventListener('controllerchange', () => container.controller?.postMessage({ action: 'INITIALIZE' }));
  container
    .register(WORKER_SCRIPT)
    .catch((error: unknown) => console.error('Service worker registration failed', error));

  const injector = createEnvironmentInjector([provideServiceWorker(WORKER_SCRIPT)], parent);
  const updates = injector.get(SwUpdate);
  updates.versionUpdates
    .pipe(filter((event) => event.type === 'VERSION_READY'))
    .subscribe(() => offerUpdate(injector, 'ready'));
  // The cached version cannot run any more (its files were evicted): only a reload helps.
  updates.unrecoverable.subscribe(() => offerUpdate(injector, 'broken'));
}

/**
 * One notice at a time, attached to the page's body (the shell's template does not change
 * for it). The person decides when to reload: never in the middle of a lesson by surprise.
 */
function offerUpdate(injector: EnvironmentInjector, reason: 'ready' | 'broken'): void {
  if (document.querySelector('bp-app-update-notice')) return;
  const appRef = injector.get(ApplicationRef);
  const host = document.body.appendChild(document.createElement('bp-app-update-notice'));
  const notice = createComponent(AppUpdateNoticeComponent, { environmentInjector: injector, hostElement: host });
  notice.setInput('reason', reason);
  notice.instance.reloadRequested.subscribe(() => document.location.reload());
  const closed = notice.instance.closed.subscribe(() => {
    closed.unsubscribe();
    appRef.detachView(notice.hostView);
    notice.destroy();
    host.remove();
  });
  appRef.attachView(notice.hostView);
}
