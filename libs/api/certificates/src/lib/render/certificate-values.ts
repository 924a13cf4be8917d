import type { CertificatePlaceholder } from '@bina-pustaka/shared-contracts';
import { formatDate } from '@bina-pustaka/shared-util';
import type { CertificateEntity } from '../entities/certificate.entity';

/** JP as Indonesians write numbers: 8, 2,5. */
export const formatJp = (jp: number) => jp.toLocaleString('id-ID', { maximumFractionDigits: 2 });

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
