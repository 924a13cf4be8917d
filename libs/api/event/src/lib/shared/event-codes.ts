import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The codes an event hands out, each signed with a key of its own derived from the app
 * secret (so a code can pass for nothing else):
 *
 * - a ticket code (the QR code's content): 16 random bytes and the first 16 bytes of an HMAC
 *   of them with the event's id, base64url (43 characters). Unguessable, and a code made up
 *   or altered fails its signature before any lookup; only its sha256 is stored. A
 *   registration's code (`registrationTicketCode`) takes its 16 bytes from a keyed hash of
 *   the registration's id instead of the random source: as unguessable without the secret,
 *   and the ticket page and a resent email show the same code without the code being kept.
 * - a link token (confirm, manage) for a guest's email links: the registration's id, an
 *   optional expiry and an HMAC of both with the purpose. `manage` opens the ticket page,
 *   cancels and asks for the guest's data to be removed; `confirm` makes the seat count.
 */
export const EVENT_LINK_PURPOSES = ['confirm', 'manage'] as const;
export type EventLinkPurpose = (typeof EVENT_LINK_PURPOSES)[number];

const TICKET_RANDOM_BYTES = 16;
const TICKET_MAC_BYTES = 16;

export type LinkTokenReading = { registrationId: string } | { problem: 'invalid' | 'expired' };

export class EventCodes {
  private readonly ticketKey: Buffer;
  private readonly linkKey: Buffer;
  private readonly seedKey: Buffer;

  constructor(appSecret: string) {
    this.ticketKey = Buffer.from(hkdfSync('sha256', appSecret, 'bina-pustaka', 'event-ticket', 32));
    this.linkKey = Buffer.from(hkdfSync('sha256', appSecret, 'bina-pustaka', 'event-link', 32));
    this.seedKey = Buffer.from(hkdfSync('sha256', appSecret, 'bina-pustaka', 'event-ticket-seed', 32));
  }

  /** A new ticket code for a registration of this event, and the hash to store. */
  newTicketCode(eventId: string): { code: string; hash: Buffer } {
    const random = randomBytes(TICKET_RANDOM_BYTES);
    const code = Buffer.concat([random, this.ticketMac(eventId, random)]).toString('base64url');
    return { code, hash: ticketCodeHash(code) };
  }

  /** The ticket code of a registration (the same every time it is asked for), and the hash to store. */
  registrationTicketCode(eventId: string, registrationId: string): { code: string; hash: Buffer } {
    const seed = createHmac('sha256', this.seedKey).update(registrationId).digest().subarray(0, TICKET_RANDOM_BYTES);
    const code = Buffer.concat([seed, this.ticketMac(eventId, seed)]).toString('base64url');
    return { code, hash: ticketCodeHash(code) };
  }

  /** Whether the code was signed for this event (false for a made-up, altered or other event's code). */
  ticketSignedFor(eventId: string, code: string): boolean {
    const bytes = Buffer.from(code, 'base64url');
    if (bytes.length !== TICKET_RANDOM_BYTES + TICKET_MAC_BYTES || bytes.toString('base64url') !== code) return false;
    const expected = this.ticketMac(eventId, bytes.subarray(0, TICKET_RANDOM_BYTES));
    return timingSafeEqual(bytes.subarray(TICKET_RANDOM_BYTES), expected);
  }

  /** `<id hex>.<expiry in seconds, base36, or 0>.<mac>`: the fragment of an email's link. */
  linkToken(purpose: EventLinkPurpose, registrationId: string, expiresAt: Date | null = null): string {
    const body = `${registrationId.replaceAll('-', '')}.${expiresAt ? Math.floor(expiresAt.getTime() / 1000).toString(36) : '0'}`;
    return `${body}.${this.linkMac(purpose, body)}`;
  }

  readLinkToken(purpose: EventLinkPurpose, token: string, now = new Date()): LinkTokenReading {
    const match = /^([0-9a-f]{32})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return { problem: 'invalid' };
    const [, hex, expiry, mac] = match;
    const expected = Buffer.from(this.linkMac(purpose, `${hex}.${expiry}`));
    if (!timingSafeEqual(Buffer.from(mac), expected)) return { problem: 'invalid' };
    if (expiry !== '0' && parseInt(expiry, 36) * 1000 < now.getTime()) return { problem: 'expired' };
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return { registrationId: id };
  }

  private ticketMac(eventId: string, random: Buffer): Buffer {
    return createHmac('sha256', this.ticketKey).update(eventId).update(random).digest().subarray(0, TICKET_MAC_BYTES);
  }

  private linkMac(purpose: EventLinkPurpose, body: string): string {
    return createHmac('sha256', this.linkKey).update(`${purpose}\n${body}`).digest('base64url');
  }
}

/** What is stored of a ticket code (and what the door's roster carries, as hex). */
export function ticketCodeHash(code: string): Buffer {
  return createHash('sha256').update(code).digest();
}
