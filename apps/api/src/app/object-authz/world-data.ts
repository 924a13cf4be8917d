import { DEFAULT_CERTIFICATE_NUMBER_PATTERN } from '@bina-pustaka/shared-contracts';

/** The objects' contents: valid, short, and written as the people of the product would. */

export const CERTIFICATE_DESIGN = {
  name: 'Sertifikat pelatihan B',
  orientation: 'landscape',
  titleId: 'Sertifikat',
  titleEn: 'Certificate of Completion',
  bodyId: 'atas partisipasinya sebagai {{peran}} dalam pelatihan "{{kegiatan}}" dengan beban belajar {{jp}} JP.',
  bodyEn: 'for taking part as {{peran}} in the training "{{kegiatan}}" ({{jp}} learning hours).',
  accentColor: '#1f5f4a',
  backgroundImageId: null,
  signatories: [{ name: 'Dra. Sri Wahyuni, M.Si.', position: 'Kepala Dinas', detail: null, signatureImageId: null }],
  qrPosition: 'bottom-right',
  numberPattern: DEFAULT_CERTIFICATE_NUMBER_PATTERN,
};

export const SINGLE_CHOICE = {
  prompt: 'Standar katalogisasi yang menggantikan AACR2 adalah…',
  body: {
    type: 'single-choice',
    options: [
      { text: 'RDA', correct: true },
      { text: 'MARC', correct: false },
    ],
  },
};

export const ESSAY = {
  prompt: 'Jelaskan manfaat katalog daring bagi pemustaka.',
  body: { type: 'essay', rubric: 'Menyebut akses jarak jauh dan temu kembali.' },
  points: 5,
};

export const ESSAY_ANSWER = { type: 'essay', text: 'Katalog daring membuat koleksi dapat dicari dari rumah.' };
