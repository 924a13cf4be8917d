// '@bina-pustaka/api-certificates/testing': running the worker's render thread in tests, and
// reading back what a certificate's PDF says.
export * from './render-thread-from-sources';
export { pdfLines } from './pdf-text';
export { SAMPLE_DESIGN } from '../lib/templates/sample-design';
