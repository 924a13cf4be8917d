import { TranslocoTestingModule } from '@jsverse/transloco';
import en from './i18n/en.json';
import id from './i18n/id.json';

/** Transloco with the real forum scope (as `forum.*`) and the few shared words the pages use. */
export function forumTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      id: {
        forum: id,
        errors: { network: 'Tidak dapat terhubung.', unexpected: 'Terjadi kesalahan.', forbidden: 'Tidak diizinkan.' },
        common: { retry: 'Coba lagi', loading: 'Memuat…', cancel: 'Batal', optional: '(opsional)' },
        validation: { required: 'Wajib diisi.' },
        pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
      },
      en: { forum: en },
    },
    translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
  });
}

/** Lets the http answers, signals and the router settle, then renders. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  for (let turn = 0; turn < 3; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    fixture.detectChanges();
  }
}
