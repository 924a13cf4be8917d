export * from './bad-inputs';
export * from './fuzz-run';
export * from './id-pool';
export * from './openapi-operations';
export * from './seeded-random';
export * from './stored-marker';
