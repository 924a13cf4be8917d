import type { World } from '../world';
import { STAFF, type ObjectCase } from './object-case';

/**
 * The dashboard names B's institution in its query (or the reminders' body): staff only. The
 * world runs with the default INSTITUTIONS_SEPARATE=false, where coordinatorA may read B's
 * figures too; with the setting on, coordinatorA is refused B's (reporting's
 * dashboard.int-spec.ts holds those cells).
 */
const inQuery = { object: () => [], query: (w: World) => `institutionId=${w.b.institutionId}` };

export const REPORTING_CASES: ObjectCase[] = [
  { route: 'GET /api/reports/dashboard', via: "B's institution, in the query", ...inQuery, allowed: STAFF },
  {
    route: 'GET /api/reports/dashboard/below-target',
    via: "B's institution, in the query",
    ...inQuery,
    allowed: STAFF,
  },
  {
    route: 'POST /api/reports/dashboard/jp-reminders',
    via: "B's institution, in the body",
    object: () => [],
    body: (w: World) => ({ institutionId: w.b.institutionId }),
    allowed: STAFF,
  },
];
