import { STAFF, type ObjectCase } from './object-case';

/**
 * Learning records: learnerB's, read and exported by the staff. The world runs with
 * institutions not separate (the default), so both coordinators read it; a coordinator of
 * another institution gets 404 once INSTITUTIONS_SEPARATE is on (reporting's own
 * learning-records int spec).
 */
export const REPORTING_CASES: ObjectCase[] = [
  { route: 'GET /api/reports/learners/:userId/record', object: (w) => w.people.learnerB.id, allowed: STAFF },
  { route: 'GET /api/reports/learners/:userId/record.csv', object: (w) => w.people.learnerB.id, allowed: STAFF },
  { route: 'GET /api/reports/learners/:userId/record.xlsx', object: (w) => w.people.learnerB.id, allowed: STAFF },
];
