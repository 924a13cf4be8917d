import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SurveyDetail, SurveySummary } from '@bina-pustaka/shared-contracts';
import en from '../i18n/en.json';
import id from '../i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

/** Transloco with the real survey scope (as `survey.*`) and the few shared words the builder pages use. */
export function surveyTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        survey: id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi', loading: 'Memuat…', cancel: 'Batal' },
        validation: { required: 'Wajib diisi.', minlength: 'Minimal {{requiredLength}} karakter.' },
        pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
      },
      en: { survey: en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

export const SURVEY_ID = '6f1d2c1e-5555-4c3a-9b1a-000000000001';

export function surveySummary(changes: Partial<SurveySummary> = {}): SurveySummary {
  return {
    id: SURVEY_ID,
    title: 'Evaluasi Pelatihan Katalogisasi',
    status: 'draft',
    audience: 'signed-in',
    anonymous: true,
    templateKey: null,
    isTemplate: false,
    responseCount: 0,
    opensAt: null,
    closesAt: null,
    createdBy: { id: 'u-dewi', fullName: 'Dewi Koordinator' },
    updatedAt: '2026-11-25T07:00:00Z',
    ...changes,
  };
}

/** A survey as the api sends it to one who may build it: one section with one Likert question. */
export function surveyDetail(changes: Partial<SurveyDetail> = {}): SurveyDetail {
  return {
    ...surveySummary(),
    description: '',
    definition: {
      sections: [
        {
          id: 's1',
          title: 'Penyelenggaraan',
          intro: null,
          perSpeaker: false,
          questions: [
            {
              id: 'q1',
              kind: 'likert',
              text: 'Materi sesuai kebutuhan saya',
              help: null,
              required: true,
              showWhen: null,
              scale: { points: 4, labels: ['Sangat tidak setuju', 'Tidak setuju', 'Setuju', 'Sangat setuju'] },
              ikmElement: null,
            },
          ],
        },
      ],
    },
    publicSlug: null,
    responseLimit: null,
    wordingOnly: false,
    courses: [],
    webinarSessions: [],
    may: { manage: true, readResults: true },
    ...changes,
  };
}
