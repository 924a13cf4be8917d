import { TranslocoTestingModule } from '@jsverse/transloco';
import type {
  IkmPeriodResult,
  IkmReport,
  SurveyDetail,
  SurveyQuestionResult,
  SurveyResults,
} from '@bina-pustaka/shared-contracts';
import en from '../i18n/en.json';
import id from '../i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

/** Transloco with the real survey scope (as `survey.*`) and the few shared words the results use. */
export function surveyTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        survey: id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi', loading: 'Memuat…' },
        pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
      },
      en: { survey: en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

export const SURVEY_ID = '6f1d2c1e-7777-4c3a-9b1a-000000000001';
export const COURSE_ID = '6f1d2c1e-7777-4c3a-9b1a-000000000002';
export const SESSION_ID = '6f1d2c1e-7777-4c3a-9b1a-000000000003';
export const INSTITUTION_ID = '6f1d2c1e-7777-4c3a-9b1a-000000000004';

export function surveyDetail(changes: Partial<SurveyDetail> = {}): SurveyDetail {
  return {
    id: SURVEY_ID,
    title: 'Evaluasi Pelatihan Katalogisasi',
    status: 'published',
    audience: 'signed-in',
    anonymous: true,
    templateKey: 'evaluasi-penyelenggaraan',
    isTemplate: false,
    responseCount: 42,
    opensAt: null,
    closesAt: null,
    createdBy: { id: 'u-dewi', fullName: 'Dewi Koordinator' },
    updatedAt: '2026-11-20T03:00:00Z',
    description: '',
    definition: { sections: [] },
    publicSlug: null,
    responseLimit: null,
    wordingOnly: true,
    courses: [{ id: COURSE_ID, title: 'Katalogisasi RDA' }],
    webinarSessions: [{ id: SESSION_ID, title: 'Sesi 1: Dasar RDA', requiredForCertificate: true }],
    may: { manage: true, readResults: true },
    ...changes,
  };
}

export function question(changes: Partial<SurveyQuestionResult> = {}): SurveyQuestionResult {
  return {
    questionId: 'q1',
    kind: 'likert',
    text: 'Materi pelatihan mudah dipahami',
    sectionTitle: 'Penyelenggaraan',
    speaker: null,
    answered: 10,
    counts: [
      { key: '1', label: 'Sangat tidak setuju', count: 0 },
      { key: '2', label: 'Tidak setuju', count: 1 },
      { key: '3', label: 'Setuju', count: 5 },
      { key: '4', label: 'Sangat setuju', count: 4 },
    ],
    mean: 3.3,
    rows: [],
    texts: [],
    ...changes,
  };
}

export function results(changes: Partial<SurveyResults> = {}): SurveyResults {
  return {
    surveyId: SURVEY_ID,
    title: 'Evaluasi Pelatihan Katalogisasi',
    anonymous: true,
    responseCount: 10,
    suppressed: false,
    questions: [question()],
    ...changes,
  };
}

export function ikmPeriod(period: string, ikm: number | null, changes: Partial<IkmPeriodResult> = {}): IkmPeriodResult {
  return {
    period,
    responseCount: 12,
    elements: [
      { element: 'U1', questionText: 'Persyaratan pelayanan jelas', answered: 12, mean: 3.25 },
      { element: 'U9', questionText: 'Ruang baca nyaman', answered: 12, mean: 3.5 },
    ],
    weightedMean: ikm === null ? null : ikm / 25,
    ikm,
    grade: ikm === null ? null : ikm >= 88.31 ? 'A' : ikm >= 76.61 ? 'B' : ikm >= 65 ? 'C' : 'D',
    ...changes,
  };
}

export function ikmReport(): IkmReport {
  return {
    surveyId: SURVEY_ID,
    periods: [ikmPeriod('2026-10', 84.375), ikmPeriod('2026-11', 90.5)],
    overall: ikmPeriod('all', 84.37, { responseCount: 24 }),
  };
}
