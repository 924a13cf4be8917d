import { chooseQrDetector, loadZxingDetector, type QrDetector } from './qr-detector';

const prepareZXingModule = jest.fn();
const made: unknown[] = [];
// The fallback package's boundary: its module, as its documented API (the real one runs WebAssembly).
jest.mock(
  'barcode-detector/ponyfill',
  () => ({
    prepareZXingModule: (options: unknown) => prepareZXingModule(options),
    BarcodeDetector: class {
      constructor(options: unknown) {
        made.push(options);
      }
      detect = async () => [];
    },
  }),
  { virtual: true },
);

function windowWith(detector?: unknown): Window {
  return (detector ? { BarcodeDetector: detector } : {}) as unknown as Window;
}

class NativeDetector implements QrDetector {
  static formats = ['qr_code', 'ean_13'];
  static getSupportedFormats = async () => NativeDetector.formats;
  constructor(readonly options: { formats: string[] }) {}
  detect = async () => [{ rawValue: 'kode' }];
}

describe('chooseQrDetector', () => {
  const fallback: QrDetector = { detect: async () => [] };
  const loadFallback = jest.fn(async () => fallback);

  beforeEach(() => {
    loadFallback.mockClear();
    NativeDetector.formats = ['qr_code', 'ean_13'];
  });

  it('uses the browser’s own detector when it reads QR codes, and loads nothing more', async () => {
    const chosen = await chooseQrDetector(windowWith(NativeDetector), loadFallback);
    expect(chosen).toBeInstanceOf(NativeDetector);
    expect((chosen as NativeDetector).options).toEqual({ formats: ['qr_code'] });
    expect(loadFallback).not.toHaveBeenCalled();
  });

  it('loads the fallback where BarcodeDetector is absent, or reads no QR codes', async () => {
    await expect(chooseQrDetector(windowWith(), loadFallback)).resolves.toBe(fallback);
    NativeDetector.formats = ['ean_13'];
    await expect(chooseQrDetector(windowWith(NativeDetector), loadFallback)).resolves.toBe(fallback);
    expect(loadFallback).toHaveBeenCalledTimes(2);
  });

  it('the fallback reads QR codes only, with its WebAssembly from the app rather than a CDN', async () => {
    await loadZxingDetector();
    expect(made).toEqual([{ formats: ['qr_code'] }]);
    const { overrides } = prepareZXingModule.mock.calls[0][0] as {
      overrides: { locateFile(path: string, prefix: string): string };
    };
    expect(overrides.locateFile('zxing_reader.wasm', 'https://cdn.example/')).toBe('/zxing/zxing_reader.wasm');
    expect(overrides.locateFile('other.js', '/base/')).toBe('/base/other.js');
  });
});
