import { EventCodes, ticketCodeHash } from './event-codes';

const codes = new EventCodes('a-test-secret-of-at-least-32-characters!!');
const EVENT = '3f1c2a9e-5b7d-4e21-9c8a-0d6e4b2f7a11';
const OTHER_EVENT = '9a8b7c6d-5e4f-4321-8765-0fedcba98765';
const REGISTRATION = 'c0ffee00-1234-4abc-8def-001122334455';

describe('EventCodes', () => {
  it('signs a ticket code for its event only, and a changed character breaks it', () => {
    const { code, hash } = codes.newTicketCode(EVENT);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash.equals(ticketCodeHash(code))).toBe(true);
    expect(codes.ticketSignedFor(EVENT, code)).toBe(true);
    expect(codes.ticketSignedFor(OTHER_EVENT, code)).toBe(false);
    const altered = `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}${code.slice(6)}`;
    expect(codes.ticketSignedFor(EVENT, altered)).toBe(false);
    expect(codes.ticketSignedFor(EVENT, 'x'.repeat(43))).toBe(false);
    expect(codes.ticketSignedFor(EVENT, '')).toBe(false);
  });

  it('makes a different code every time', () => {
    expect(codes.newTicketCode(EVENT).code).not.toBe(codes.newTicketCode(EVENT).code);
  });

  it("gives a registration the same signed code every time, another registration's differs", () => {
    const { code, hash } = codes.registrationTicketCode(EVENT, REGISTRATION);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(codes.registrationTicketCode(EVENT, REGISTRATION)).toEqual({ code, hash });
    expect(hash.equals(ticketCodeHash(code))).toBe(true);
    expect(codes.ticketSignedFor(EVENT, code)).toBe(true);
    expect(codes.ticketSignedFor(OTHER_EVENT, code)).toBe(false);
    expect(codes.registrationTicketCode(EVENT, '11111111-2222-4333-8444-555555555555').code).not.toBe(code);
    // Another secret, another code: the id alone tells nobody the code.
    expect(
      new EventCodes('another-secret-of-at-least-32-characters').registrationTicketCode(EVENT, REGISTRATION).code,
    ).not.toBe(code);
  });

  it('reads back a link token for its own purpose only', () => {
    const token = codes.linkToken('manage', REGISTRATION);
    expect(codes.readLinkToken('manage', token)).toEqual({ registrationId: REGISTRATION });
    expect(codes.readLinkToken('confirm', token)).toEqual({ problem: 'invalid' });
    expect(codes.readLinkToken('manage', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toEqual({
      problem: 'invalid',
    });
    expect(codes.readLinkToken('manage', 'not-a-token')).toEqual({ problem: 'invalid' });
  });

  it('says when a link token has expired', () => {
    const token = codes.linkToken('confirm', REGISTRATION, new Date('2026-12-10T00:00:00Z'));
    expect(codes.readLinkToken('confirm', token, new Date('2026-12-09T23:59:00Z'))).toEqual({
      registrationId: REGISTRATION,
    });
    expect(codes.readLinkToken('confirm', token, new Date('2026-12-10T00:01:00Z'))).toEqual({ problem: 'expired' });
  });

  it('does not accept a token signed with another secret', () => {
    const stranger = new EventCodes('another-secret-of-at-least-32-characters');
    expect(codes.readLinkToken('manage', stranger.linkToken('manage', REGISTRATION))).toEqual({ problem: 'invalid' });
    expect(codes.ticketSignedFor(EVENT, stranger.newTicketCode(EVENT).code)).toBe(false);
  });
});
