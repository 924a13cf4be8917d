import { DEFAULT_CERTIFICATE_NUMBER_PATTERN } from '@bina-pustaka/shared-contracts';

/** The objects' contents (valid, short, and written as the people of the product would) and the steps that make them. */

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

type Answer<T> = { status: number; body: T };

/** The body of a 2xx answer; anything else stops the world being built, with the answer shown. */
export async function ok<T = { id: string }>(promise: Promise<Answer<unknown>>, what: string): Promise<T> {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

export async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
