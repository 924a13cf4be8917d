// '@bina-pustaka/api-certificates/testing': running the worker's render thread in tests.
export * from './render-thread-from-sources';
