export * from './lib/identity.routes';
/** The form helpers (field wiring, server issues under fields) other feature libs reuse. */
export * from './lib/forms';
