import type { FilePurpose } from '@bina-pustaka/shared-contracts';

export interface FileLimit {
  maxBytes: number;
  /** For <input type="file" accept>: types and extensions. */
  accept: string;
  /** What a person reads, e.g. "PNG, JPEG, WebP". */
  kinds: string;
}

const MB = 1024 * 1024;
const IMAGES = { accept: 'image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp', kinds: 'PNG, JPEG, WebP' };
const DOCUMENTS = {
  accept: '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg',
  kinds: 'PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG',
};

/**
 * What the api accepts per purpose (it checks the content itself; this lets the screen
 * refuse a file that is far too large before uploading it).
 */
export const FILE_LIMITS: Record<FilePurpose, FileLimit> = {
  'course-cover': { maxBytes: 5 * MB, ...IMAGES },
  'lesson-image': { maxBytes: 5 * MB, ...IMAGES },
  'forum-image': { maxBytes: 5 * MB, ...IMAGES },
  'lesson-file': { maxBytes: 50 * MB, ...DOCUMENTS },
  material: { maxBytes: 50 * MB, ...DOCUMENTS },
  'lesson-video': { maxBytes: 500 * MB, accept: 'video/mp4,video/webm,.mp4,.webm', kinds: 'MP4, WebM' },
};

/** "4,8 MB" / "4.8 MB", "820 kB": sizes as people read them. */
export function formatBytes(bytes: number, language: 'id' | 'en' = 'id'): string {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes >= MB) return `${format(bytes / MB)} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} kB`;
  return `${bytes} B`;
}
