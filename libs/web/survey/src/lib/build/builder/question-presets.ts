import type { SurveyQuestion, SurveyQuestionKind, SurveyScale } from '@bina-pustaka/shared-contracts';
import type { LikertPresetKey } from '../../survey-keys';

/**
 * The words of the usual Indonesian Likert scales, lowest point first. They are the
 * survey's own text (what respondents read), so they are Indonesian whatever the builder's
 * language; the builder may change each label after choosing a preset.
 */
export const LIKERT_PRESETS: Record<LikertPresetKey, Record<4 | 5, readonly string[]>> = {
  agree: {
    4: ['Sangat tidak setuju', 'Tidak setuju', 'Setuju', 'Sangat setuju'],
    5: ['Sangat tidak setuju', 'Tidak setuju', 'Ragu-ragu', 'Setuju', 'Sangat setuju'],
  },
  satisfied: {
    4: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'],
    5: ['Sangat tidak puas', 'Tidak puas', 'Cukup puas', 'Puas', 'Sangat puas'],
  },
  quality: {
    4: ['Sangat kurang', 'Kurang', 'Baik', 'Sangat baik'],
    5: ['Sangat kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat baik'],
  },
};

export function presetScale(preset: LikertPresetKey, points: 4 | 5): SurveyScale {
  return { points, labels: [...LIKERT_PRESETS[preset][points]] };
}

/** The preset a scale's labels match exactly, if any (so the picker shows it). */
export function presetOf(scale: SurveyScale): LikertPresetKey | null {
  const keys = Object.keys(LIKERT_PRESETS) as LikertPresetKey[];
  return keys.find((key) => LIKERT_PRESETS[key][scale.points].join('|') === scale.labels.join('|')) ?? null;
}

/** A new question of a kind, its words still to be written (choices start with two empty options). */
export function newQuestion(kind: SurveyQuestionKind, id: string): SurveyQuestion {
  const base = { id, text: '', help: null, required: true, showWhen: null };
  switch (kind) {
    case 'likert':
      return { ...base, kind, scale: presetScale('agree', 5), ikmElement: null };
    case 'single-choice':
    case 'multiple-choice':
      return {
        ...base,
        kind,
        options: [
          { id: 'o1', label: '' },
          { id: 'o2', label: '' },
        ],
        allowOther: false,
      };
    case 'matrix':
      return { ...base, kind, rows: [{ id: 'r1', label: '' }], scale: presetScale('agree', 5) };
    case 'number':
      return { ...base, kind, min: null, max: null, integer: false };
    case 'rating':
    case 'short-text':
    case 'long-text':
    case 'date':
      return { ...base, kind };
  }
}

/** Kinds whose answer a later question may depend on ("Tampilkan hanya jika"). */
export const CONDITION_KINDS: readonly SurveyQuestionKind[] = ['likert', 'rating', 'single-choice', 'multiple-choice'];

/** The values an answer to `question` may take, for a condition: option ids or points as text. */
export function conditionValues(question: SurveyQuestion): { value: string; label: string }[] {
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return question.options.map((option) => ({ value: option.id, label: option.label || option.id }));
    case 'likert':
      return question.scale.labels.map((label, index) => ({
        value: String(index + 1),
        label: `${index + 1} – ${label}`,
      }));
    case 'rating':
      return Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));
    default:
      return [];
  }
}
