import { createHash } from 'node:crypto';
import { looksLikeTicketCode, ticketHash } from './ticket-hash';

describe('ticketHash', () => {
  it('is the sha256 of the code in lowercase hex, as the api stores it', async () => {
    const code = 'q1w2e3r4t5y6u7i8o9p0aA_sig-x';
    await expect(ticketHash(code)).resolves.toBe(createHash('sha256').update(code).digest('hex'));
  });

  it('tells a code the api would accept from anything else a camera reads', () => {
    expect(looksLikeTicketCode('abc_DEF-123')).toBe(true);
    expect(looksLikeTicketCode('https://contoh.id/promo')).toBe(false);
    expect(looksLikeTicketCode('')).toBe(false);
    expect(looksLikeTicketCode('a'.repeat(201))).toBe(false);
  });
});
