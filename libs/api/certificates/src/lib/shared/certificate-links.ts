/**
 * Where a certificate lives, for both ends of its road: the worker writes the PDF and
 * prints the verify link, the api serves the PDF and shows the link.
 */
import type { AppConfig } from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl } from '@bina-pustaka/shared-contracts';
import type { CertificateEntity } from '../entities/certificate.entity';

/** The PDF's storage key, from the certificate id alone: a retry overwrites the same file. */
export const pdfStorageKey = (id: string) => `certificates/${id}.pdf`;

/** The public verify page the QR code opens. */
export const verifyUrl = (config: AppConfig, code: string) =>
  appUrl(config.http.publicUrl, APP_PATHS.verifyCertificateCode, { code });

/** "Sertifikat 045-BP-XI-2026 Dewi Lestari.pdf": the number and holder, safe as a file name. */
export function pdfFileName(row: Pick<CertificateEntity, 'number' | 'holderName'>): string {
  const safe = (text: string) =>
    text
      .replace(/[^\p{L}\p{N} .,'-]+/gu, '-')
      .replace(/\s+/g, ' ')
      .trim();
  return `Sertifikat ${safe(row.number)} ${safe(row.holderName)}.pdf`;
}

/** What an erased guest's certificate names instead of them (as their forgotten registration does). */
export const ERASED_GUEST_NAME = 'Tamu';

const ERASED_GUEST_DOMAIN = 'tamu-terhapus.invalid';

/** An erased guest's certificate's address: its own (the one-live-per-guest index stays free), never deliverable. */
export const erasedGuestEmail = (certificateId: string) => `guest-${certificateId}@${ERASED_GUEST_DOMAIN}`;

/** A certificate whose guest holder was forgotten: its PDF is gone, only the row remains to verify. */
export const isErasedGuest = (row: Pick<CertificateEntity, 'holderId' | 'holderEmail'>) =>
  row.holderId === null && row.holderEmail.endsWith(`@${ERASED_GUEST_DOMAIN}`);
