import type { World } from '../world';
import { STAFF, type ObjectCase } from './object-case';

/**
 * Learning records: learnerB's, read and exported by the staff (a coordinator of another
 * institution gets 404 once INSTITUTIONS_SEPARATE is on: reporting's learning-records int spec).
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
  { route: 'GET /api/reports/learners/:userId/record', object: (w) => w.people.learnerB.id, allowed: STAFF },
  { route: 'GET /api/reports/learners/:userId/record.csv', object: (w) => w.people.learnerB.id, allowed: STAFF },
  { route: 'GET /api/reports/learners/:userId/record.xlsx', object: (w) => w.people.learnerB.id, allowed: STAFF },
];
