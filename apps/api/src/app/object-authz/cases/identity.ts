import { STAFF, type ObjectCase } from './object-case';

/** People, invitations and institutions (partner organisations): the staff's and the admin's, whoever the person is. */
export const IDENTITY_CASES: ObjectCase[] = [
  {
    route: 'PATCH /api/institutions/:id',
    object: (w) => w.b.institutionId,
    body: () => ({ city: 'Sukamaju' }),
    allowed: STAFF,
  },
  // A partner's logo: the staff keep partner organisations (no body: the upload is refused as empty, not denied).
  { route: 'PUT /api/institutions/:id/logo', object: (w) => w.b.institutionId, allowed: STAFF },
  { route: 'DELETE /api/institutions/:id/logo', object: (w) => w.b.institutionId, allowed: STAFF, destructive: true },
  { route: 'GET /api/users/:id', object: (w) => w.people.learnerB.id, allowed: STAFF },
  {
    route: 'PUT /api/users/:id/roles',
    object: (w) => w.people.learnerB.id,
    body: () => ({ roles: ['learner'] }),
    allowed: ['admin'],
  },
  { route: 'POST /api/users/:id/disable', object: (w) => w.people.learnerB.id, allowed: ['admin'], destructive: true },
  { route: 'POST /api/users/:id/enable', object: (w) => w.people.learnerB.id, allowed: ['admin'] },
  { route: 'POST /api/invitations/:id/resend', object: (w) => w.b.invitationId, allowed: STAFF },
  { route: 'DELETE /api/invitations/:id', object: (w) => w.b.invitationId, allowed: STAFF, destructive: true },
];
