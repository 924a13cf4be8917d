import type { Route, Routes } from '@angular/router';
import { LAZY_FEATURES, appRoutes } from '../app.routes';

/** Every page of `routes` as its full pattern (`belajar/:courseId/materi/:lessonId`). */
export function pagePatterns(routes: Route[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const pattern = [parent, route.path].filter(Boolean).join('/');
    if (route.children) return pagePatterns(route.children, pattern);
    return route.path === '**' || (!route.path?.length && !route.loadComponent) ? [] : [pattern];
  });
}

/** The app's whole route table with each lazy feature's routes in its place, as the router ends up with. */
export async function resolvedAppRoutes(): Promise<Route[]> {
  const loaded = new Map<unknown, Routes>(
    await Promise.all(LAZY_FEATURES.map(async (feature) => [feature.loadRoutes, await feature.loadRoutes()] as const)),
  );
  return appRoutes.flatMap((route) => loaded.get(route.loadChildren) ?? [route]);
}
