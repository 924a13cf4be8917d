import { TranslocoTestingModule } from '@jsverse/transloco';
import en from './i18n/en.json';
import id from './i18n/id.json';

/** Transloco with the real webinar scope (as `webinar.*`) and the few shared words the pages use. */
export function webinarTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        webinar: id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi' },
        validation: {
          required: 'Wajib diisi.',
          min: 'Minimal {{min}}.',
          max: 'Maksimal {{max}}.',
          invalid: 'Isian ini belum benar.',
        },
        pagination: {},
      },
      en: { webinar: en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}
