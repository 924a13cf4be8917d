import { DEFAULT_CERTIFICATE_NUMBER_PATTERN, type CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';

/** A complete design with no images: the worker's warm-up and the demo library's default. */
export const SAMPLE_DESIGN: CertificateTemplateDesign = {
  orientation: 'landscape',
  titleId: 'Sertifikat',
  titleEn: 'Certificate of Completion',
  bodyId:
    'atas partisipasinya sebagai {{peran}} dalam pelatihan "{{kegiatan}}" ({{angkatan}}) yang diselesaikan pada {{tanggal}} dengan beban belajar {{jp}} JP.',
  bodyEn:
    'for taking part as {{peran}} in the training "{{kegiatan}}", completed on {{tanggal}} ({{jp}} learning hours).',
  accentColor: '#1f5f4a',
  backgroundImageId: null,
  logoImageIds: [],
  signatories: [
    {
      name: 'Dra. Sri Wahyuni, M.Si.',
      position: 'Kepala Dinas Perpustakaan dan Kearsipan Kota',
      detail: 'NIP 196805121993032004',
      signatureImageId: null,
    },
  ],
  qrPosition: 'bottom-right',
  numberPattern: DEFAULT_CERTIFICATE_NUMBER_PATTERN,
};
