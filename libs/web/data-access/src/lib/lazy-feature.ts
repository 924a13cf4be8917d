import type { Route, Routes, UrlSegment } from '@angular/router';
import { pathMatches } from './app-paths';

/** A feature the shell knows only by its page paths; its routes come in their own chunk. */
export interface LazyFeature {
  paths: readonly string[];
  loadRoutes: () => Promise<Routes>;
}

/**
 * The shell's route for a feature: it matches the feature's own paths (consuming nothing,
 * so the feature's routes match the whole URL) and loads the routes only then.
 */
export function lazyFeatureRoute(feature: LazyFeature): Route {
  return {
    matcher: (segments: UrlSegment[]) =>
      ownsPath(
        feature,
        segments.map((segment) => segment.path),
      )
        ? { consumed: [] }
        : null,
    loadChildren: feature.loadRoutes,
  };
}

/**
 * Starts fetching the routes of the page being opened while the app still starts (the
 * session refresh), so a deep link waits for one round trip, not two. The router's own
 * `loadChildren` later gets the same module.
 */
export function startLoadingFeatureOf(features: readonly LazyFeature[], pathname: string): void {
  const segments = pathname.split('/').filter(Boolean);
  void features
    .find((feature) => ownsPath(feature, segments))
    ?.loadRoutes()
    .catch(() => undefined); // the router reports a failed chunk when it asks for it
}

function ownsPath(feature: LazyFeature, segments: readonly string[]): boolean {
  return feature.paths.some((path) => pathMatches(path, segments));
}
