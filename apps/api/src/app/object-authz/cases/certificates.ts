import { bAnd, EVERYONE, STAFF, type ObjectCase } from './object-case';

/**
 * Templates, batches and issuing are the staff's (coordinators are not scoped to an
 * institution: either coordinator manages every template and batch). A certificate is read
 * by its holder (learnerB) and the staff; the public verifies it by its code.
 */
export const CERTIFICATE_CASES: ObjectCase[] = [
  { route: 'GET /api/certificate-templates/:id', object: (w) => w.b.templateId, allowed: STAFF },
  {
    route: 'PATCH /api/certificate-templates/:id',
    object: (w) => w.b.templateId,
    body: () => ({ name: 'Sertifikat pelatihan B' }),
    allowed: STAFF,
  },
  { route: 'DELETE /api/certificate-templates/:id', object: (w) => w.b.templateId, allowed: STAFF, destructive: true },
  { route: 'GET /api/courses/:id/certificate-template', object: (w) => w.b.course.id, allowed: STAFF },
  {
    route: 'PUT /api/courses/:id/certificate-template',
    object: (w) => w.b.course.id,
    body: (w) => ({ templateId: w.b.templateId }),
    allowed: STAFF,
  },
  { route: 'GET /api/certificate-batches/:id', object: (w) => w.b.batchId, allowed: STAFF },
  { route: 'POST /api/certificate-batches/:id/retry', object: (w) => w.b.batchId, allowed: STAFF },
  { route: 'GET /api/certificate-batches/:id/zip', object: (w) => w.b.batchId, allowed: STAFF },
  {
    route: 'POST /api/certificates/:id/revoke',
    object: (w) => w.b.certificateId,
    body: () => ({ reason: 'Data peserta keliru.' }),
    allowed: STAFF,
    destructive: true,
  },
  {
    route: 'POST /api/certificates/:id/reissue',
    object: (w) => w.b.certificateId,
    body: () => ({ reason: 'Nama peserta diperbaiki.' }),
    allowed: STAFF,
    destructive: true,
  },
  { route: 'GET /api/certificates/:id', object: (w) => w.b.certificateId, allowed: bAnd('learnerB') },
  // Verification by the code printed on the certificate is public by design.
  { route: 'GET /api/public/certificates/:code', object: (w) => w.b.certificateCode, allowed: EVERYONE },
];
