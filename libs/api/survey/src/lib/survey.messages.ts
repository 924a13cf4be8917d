import { registerMessages } from '@bina-pustaka/api-platform';

export const surveyMessages = {
  id: {
    'survey.notFound': 'Survei tidak ditemukan.',
    'validation.surveyKey':
      'Kode hanya boleh berisi huruf kecil, angka dan tanda hubung, paling banyak 32 karakter (contoh: q1, u3).',
    'validation.surveyScaleLabels': 'Jumlah label skala harus sama dengan jumlah poinnya.',
    'validation.surveyIdTwice': 'Kode yang sama dipakai dua kali. Setiap kode harus berbeda.',
    'validation.surveyConditionOrder': 'Syarat tampil harus merujuk pertanyaan yang muncul lebih dahulu.',
    'validation.surveyRange': 'Nilai terbesar tidak boleh lebih kecil dari nilai terkecil.',
    'validation.surveyNoQuestions': 'Survei perlu paling sedikit satu pertanyaan.',
    'validation.surveyTooManyQuestions': 'Survei terlalu panjang: paling banyak 150 pertanyaan.',
    'validation.surveyWindow': 'Waktu tutup harus sesudah waktu buka.',
    'validation.surveyDefinitionOrCopy': 'Susun pertanyaan baru atau salin dari survei lain, tidak keduanya.',
    'validation.surveyNothingToChange': 'Pilih sedikitnya satu hal yang diubah.',
  },
  en: {
    'survey.notFound': 'Survey not found.',
    'validation.surveyKey':
      'A key may hold only lowercase letters, digits and hyphens, at most 32 characters (e.g. q1, u3).',
    'validation.surveyScaleLabels': 'The scale needs as many labels as it has points.',
    'validation.surveyIdTwice': 'The same key is used twice. Every key must be different.',
    'validation.surveyConditionOrder': 'A condition must refer to a question that comes earlier.',
    'validation.surveyRange': 'The largest value cannot be smaller than the smallest.',
    'validation.surveyNoQuestions': 'A survey needs at least one question.',
    'validation.surveyTooManyQuestions': 'The survey is too long: at most 150 questions.',
    'validation.surveyWindow': 'The closing time must come after the opening time.',
    'validation.surveyDefinitionOrCopy': 'Build new questions or copy another survey, not both.',
    'validation.surveyNothingToChange': 'Choose at least one thing to change.',
  },
};

registerMessages(surveyMessages);
