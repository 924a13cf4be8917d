/**
 * What a browser keeps for public surveys (localStorage): its own random id, sent with each
 * public response so one browser answers a survey once, and which surveys it has answered.
 * Storage can be off (private mode): the id then lasts for this visit only.
 */
const BROWSER_ID_KEY = 'bp.survey.browserId';
const answeredKey = (slug: string) => `bp.survey.answered.${slug}`;
let visitOnlyId: string | null = null;

export function browserId(): string {
  const stored = read(BROWSER_ID_KEY);
  if (stored) return stored;
  const id = visitOnlyId ?? randomUuid();
  visitOnlyId = id;
  write(BROWSER_ID_KEY, id);
  return id;
}

export function answeredOnThisBrowser(slug: string): boolean {
  return read(answeredKey(slug)) !== null;
}

export function rememberAnswered(slug: string): void {
  write(answeredKey(slug), new Date().toISOString());
}

/** crypto.randomUUID exists only on https and localhost; a v4 uuid from random bytes elsewhere. */
function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage off: remembered for this visit only
  }
}
