import { indonesianFavouritePasswords } from './indonesian-passwords';
import COMMON_PASSWORDS from './common-passwords.json';

let known: Set<string> | undefined;

/** Case and Unicode width do not make a common password uncommon. */
const normalise = (password: string) => password.normalize('NFKC').toLowerCase();

/**
 * Whether a password is one attackers try first: the 10,000 most common passwords of
 * public breaches (common-passwords.json, see README.md beside it) or an Indonesian
 * favourite such as "perpustakaan123".
 */
export function isCommonPassword(password: string): boolean {
  known ??= new Set([...COMMON_PASSWORDS, ...indonesianFavouritePasswords()].map(normalise));
  return known.has(normalise(password));
}
