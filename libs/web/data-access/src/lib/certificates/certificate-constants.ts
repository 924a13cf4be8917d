import type { CertificateImageKind } from '@bina-pustaka/shared-contracts';

/** The certificate enums the screens list and translate (`certificateRole.<value>` and so on). */
export {
  CERTIFICATE_IMAGE_KINDS,
  CERTIFICATE_NUMBER_TOKENS,
  CERTIFICATE_ORIENTATIONS,
  CERTIFICATE_PLACEHOLDERS,
  CERTIFICATE_QR_POSITIONS,
  CERTIFICATE_ROLES,
  CERTIFICATE_SAMPLE_VALUES,
  CERTIFICATE_STATUSES,
  DEFAULT_CERTIFICATE_NUMBER_PATTERN,
} from '@bina-pustaka/shared-contracts';

export interface CertificateImageLimit {
  maxBytes: number;
  /** For <input type="file" accept>. */
  accept: string;
  /** What a person reads. */
  kinds: string;
}

const KB = 1024;
const PNG_JPEG = { accept: 'image/png,image/jpeg,.png,.jpg,.jpeg', kinds: 'PNG, JPEG' };

/**
 * What the api accepts per image kind (it checks the content itself; this lets the screen
 * refuse a file that is too large before uploading it).
 */
export const CERTIFICATE_IMAGE_LIMITS: Record<CertificateImageKind, CertificateImageLimit> = {
  background: { maxBytes: 2 * KB * KB, ...PNG_JPEG },
  logo: { maxBytes: 512 * KB, ...PNG_JPEG },
  signature: { maxBytes: 512 * KB, ...PNG_JPEG },
};

/** A template carries at most this many logos and 1 to this many signatories. */
export const MAX_CERTIFICATE_LOGOS = 3;
export const MAX_CERTIFICATE_SIGNATORIES = 3;
