// '@bina-pustaka/api-certificates/testing': running the worker's render thread in tests.
export * from './render-thread-from-sources';
export { SAMPLE_DESIGN } from '../lib/templates/sample-design';
