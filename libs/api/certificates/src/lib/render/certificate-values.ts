import type { CertificatePlaceholder } from '@bina-pustaka/shared-contracts';
import { formatDate } from '@bina-pustaka/shared-util';
import type { CertificateEntity } from '../entities/certificate.entity';

// Made once: toLocaleString builds a new formatter on every call (~0.3 ms per certificate).
const JP_FORMAT = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** JP as Indonesians write numbers: 8, 2,5. */
export const formatJp = (jp: number) => JP_FORMAT.format(jp);

/** What each placeholder of the template says for this certificate. */
export function certificateValues(
  certificate: Pick<
    CertificateEntity,
    | 'holderName'
    | 'holderNip'
    | 'holderInstitution'
    | 'subjectTitle'
    | 'jp'
    | 'awardedAt'
    | 'cohortName'
    | 'number'
    | 'role'
  >,
): Record<CertificatePlaceholder, string> {
  return {
    nama: certificate.holderName,
    nip: certificate.holderNip ?? '',
    instansi: certificate.holderInstitution ?? '',
    kegiatan: certificate.subjectTitle,
    jp: formatJp(certificate.jp),
    tanggal: formatDate(certificate.awardedAt, 'id'),
    angkatan: certificate.cohortName ?? '',
    nomor: certificate.number,
    peran: certificate.role,
  };
}
