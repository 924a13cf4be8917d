import type { HttpTestingController } from '@angular/common/http/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ForumPost } from '@bina-pustaka/shared-contracts';
import en from './i18n/en.json';
import id from './i18n/id.json';

export { settle } from '@bina-pustaka/web-ui/testing';

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

/** A post as the api sends it (a plain reply nobody may change); `changes` says what differs. */
export function forumPost(threadId: string, seq: number, changes: Partial<ForumPost> = {}): ForumPost {
  return {
    id: `p${seq}`,
    threadId,
    seq,
    author: { id: 'u-andi', fullName: 'Andi Wijaya' },
    anonymous: false,
    bodyHtml: `<p>Pesan ke-${seq}</p>`,
    bodyMarkdown: null,
    createdAt: '2026-11-25T07:00:00Z',
    editedAt: null,
    deleted: null,
    hidden: null,
    held: false,
    quote: null,
    thanks: { count: 0, byMe: false, names: [] },
    isAnswer: false,
    mayEdit: false,
    mayDelete: false,
    ...changes,
  };
}

/** Answers the thread page's request for its links (none), which thread-links.component.spec.ts covers. */
export function answerNoThreadLinks(http: HttpTestingController): void {
  http
    .match((request) => request.url.endsWith('/links'))
    .forEach((request) => request.flush({ linksTo: [], linkedFrom: [] }));
}
