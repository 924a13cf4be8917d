import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const MAX_WORDS_LENGTH = 60;

/**
 * An event's address on public pages: readable words from its title and four random
 * characters, e.g. `peluncuran-buku-senja-k7q2` (look-alike characters left out, so a
 * link read aloud or retyped from a poster still works).
 */
export function eventSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Whole words only, up to the limit.
  const cut = words.length <= MAX_WORDS_LENGTH ? words : words.slice(0, MAX_WORDS_LENGTH).replace(/-[^-]*$/, '');
  const suffix = Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return cut ? `${cut}-${suffix}` : `acara-${suffix}`;
}
