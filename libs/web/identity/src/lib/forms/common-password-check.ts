// Loaded on demand by the commonPassword validator (a dynamic import of this file), so the
// 10,000-password list lands in a chunk of its own that only a new-password field fetches.
export { isCommonPassword } from '@bina-pustaka/shared-contracts/passwords';
