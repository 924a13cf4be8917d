import { CERTIFICATE_SAMPLE_VALUES } from '@bina-pustaka/shared-contracts';
import { PDFDocument } from 'pdf-lib';
import { pdfLines, renderThreadFromSources } from '../../testing';
import { CertificateRenderPool, type RenderThreadEntry } from './certificate-render-pool';
import { SAMPLE_DESIGN } from '../templates/sample-design';

/** A 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const content = {
  design: SAMPLE_DESIGN,
  values: CERTIFICATE_SAMPLE_VALUES,
  issuer: 'Dinas Perpustakaan dan Kearsipan Kota',
  code: '7KQ2M9XD4HPA',
  verifyUrl: 'https://pelatihan.example.go.id/verifikasi/7KQ2M9XD4HPA',
};

/** A thread that says it is ready, then dies on its first request. */
const dying: RenderThreadEntry = {
  filename: `const { parentPort } = require('node:worker_threads');
    parentPort.postMessage({ ready: true });
    parentPort.on('message', () => process.exit(3));`,
  eval: true,
  env: process.env,
};

describe('certificate render pool', () => {
  jest.setTimeout(60_000);
  const pools: CertificateRenderPool[] = [];
  const pool = (size: number, entry?: RenderThreadEntry | null) => {
    const made = new CertificateRenderPool(size, content, entry === undefined ? renderThreadFromSources() : entry);
    pools.push(made);
    return made;
  };
  afterAll(() => Promise.all(pools.map((each) => each.close())));

  it('renders in a thread what the renderer renders (co-organisers too), images sent once per thread', async () => {
    const threads = pool(1);
    await threads.start();
    expect(threads.threadCount).toBe(1);
    const design = { ...SAMPLE_DESIGN, logoImageIds: ['logo'] };
    const pdfs = await Promise.all(
      [1, 2, 3].map(() =>
        threads.render(
          { ...content, design, images: new Map([['logo', PNG]]), coOrganisers: ['Universitas Sukamaju'] },
          { logo: 'img/1' },
        ),
      ),
    );
    for (const pdf of pdfs) {
      expect(Buffer.isBuffer(pdf)).toBe(true);
      expect((await PDFDocument.load(pdf)).getTitle()).toBe('Sertifikat 045/BP/XI/2026');
      expect(await pdfLines(pdf)).toContain('Bekerja sama dengan: Universitas Sukamaju');
    }
  });

  it('fails one render that throws and keeps rendering', async () => {
    const threads = pool(1);
    await threads.start();
    const broken = { ...content, design: { ...SAMPLE_DESIGN, signatories: null as never }, images: new Map() };
    await expect(threads.render(broken, {})).rejects.toThrow();
    await expect(threads.render({ ...content, images: new Map() }, {})).resolves.toBeInstanceOf(Buffer);
  });

  it('names an unreadable template image as the reason, from inside the thread', async () => {
    const threads = pool(1);
    await threads.start();
    const design = { ...SAMPLE_DESIGN, logoImageIds: ['logo'] };
    const images = new Map([['logo', Buffer.from('not an image at all')]]);
    await expect(threads.render({ ...content, design, images }, { logo: 'img/broken' })).rejects.toMatchObject({
      failure: 'imageUnreadable',
    });
  });

  it('fails what a dying thread had in hand, and starts another for the next', async () => {
    const threads = pool(1, dying);
    await threads.start();
    await expect(threads.render({ ...content, images: new Map() }, {})).rejects.toThrow(/render thread failed/);
    await expect(threads.render({ ...content, images: new Map() }, {})).rejects.toMatchObject({
      failure: 'renderError',
      message: 'render thread failed: render thread exited (3)',
    });
  });

  it('fails what is still in hand when closed', async () => {
    const silent: RenderThreadEntry = {
      filename: `require('node:worker_threads').parentPort.postMessage({ ready: true });
        require('node:worker_threads').parentPort.on('message', () => undefined);`,
      eval: true,
      env: process.env,
    };
    const threads = pool(1, silent);
    await threads.start();
    const rendering = threads.render({ ...content, images: new Map() }, {});
    await threads.close();
    await expect(rendering).rejects.toThrow(/render thread failed/);
    await expect(threads.render({ ...content, images: new Map() }, {})).rejects.toThrow(/closed/);
  });

  it('renders in the calling thread when no thread can start', async () => {
    const inline = pool(1, { filename: `throw new Error('no fonts here')`, eval: true, env: process.env });
    await inline.start();
    expect(inline.threadCount).toBe(0);
    await expect(inline.render({ ...content, images: new Map() }, {})).resolves.toBeInstanceOf(Buffer);
    const none = pool(1, null);
    await none.start();
    expect(none.threadCount).toBe(0);
  });
});
