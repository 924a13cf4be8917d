import { pathMatches } from '@bina-pustaka/web-data-access';
import { LAZY_FEATURES } from './app.routes';
import { pagePatterns } from './testing/resolved-routes';

/** A URL of the pattern, with every `:name` part filled in. */
const urlOf = (pattern: string) =>
  pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? 'x1' : part));

describe('the lazy features', () => {
  it('list every page of their routes, so the shell can reach each one', async () => {
    for (const feature of LAZY_FEATURES) {
      const patterns = pagePatterns(await feature.loadRoutes());
      expect(patterns.length).toBeGreaterThan(0);
      expect(patterns.filter((pattern) => !feature.paths.includes(pattern))).toEqual([]);
    }
  });

  it('own each page alone: no URL of one feature is claimed by another', () => {
    const claims = LAZY_FEATURES.flatMap((feature) =>
      feature.paths.map((path) => ({
        path,
        owners: LAZY_FEATURES.filter((other) => other.paths.some((candidate) => pathMatches(candidate, urlOf(path)))),
      })),
    );
    expect(claims.filter((claim) => claim.owners.length !== 1).map((claim) => claim.path)).toEqual([]);
  });
});
