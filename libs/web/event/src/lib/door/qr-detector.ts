import { InjectionToken } from '@angular/core';

/** What the door needs of a QR reader: the browser's BarcodeDetector and the fallback share this shape. */
export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface QrDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats?(): Promise<string[]>;
}

/** Loads the JavaScript reader for browsers without a QR-capable BarcodeDetector (Safari, Firefox). */
export type QrFallbackLoader = () => Promise<QrDetector>;

/**
 * The fallback is the `barcode-detector` package (ZXing-C++ as WebAssembly, the same API as
 * the browser's), loaded by import() only on phones that need it. Its .wasm is served by the
 * app itself (`/zxing/`): the door works on a flaky network, and a CDN is one more thing to
 * reach and trust.
 */
export const loadZxingDetector: QrFallbackLoader = async () => {
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? `/zxing/${path}` : prefix + path),
    },
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
};

export const QR_FALLBACK_LOADER = new InjectionToken<QrFallbackLoader>('QrFallbackLoader', {
  providedIn: 'root',
  factory: () => loadZxingDetector,
});

/** The browser's own detector when it reads QR codes (Chrome on Android), else the fallback. */
export async function chooseQrDetector(host: Window | null, loadFallback: QrFallbackLoader): Promise<QrDetector> {
  const Native = (host as (Window & { BarcodeDetector?: QrDetectorClass }) | null)?.BarcodeDetector;
  if (Native) {
    const formats = await Native.getSupportedFormats?.().catch(() => [] as string[]);
    if (formats?.includes('qr_code')) return new Native({ formats: ['qr_code'] });
  }
  return loadFallback();
}
