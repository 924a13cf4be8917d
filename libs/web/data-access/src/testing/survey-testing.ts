import type { SurveySummary } from '@bina-pustaka/shared-contracts';

/** A survey in a list, as the api sends it: published, for signed-in people, open now, unless changed. */
export function surveySummary(changes: Partial<SurveySummary> = {}): SurveySummary {
  return {
    id: '6f1d2c1e-6666-4c3a-9b1a-000000000001',
    title: 'Evaluasi Penyelenggaraan Angkatan 3',
    status: 'published',
    audience: 'signed-in',
    anonymous: true,
    templateKey: null,
    isTemplate: false,
    responseCount: 0,
    opensAt: null,
    closesAt: null,
    createdBy: null,
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...changes,
  };
}
