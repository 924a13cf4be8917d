import { loadConfig } from '../config/app-config';
import { UrlSignerService } from './url-signer.service';

describe('UrlSignerService', () => {
  const signer = new UrlSignerService(loadConfig({ JWT_SECRET: 'x'.repeat(40), FILE_URL_TTL_MINUTES: '60' }));
  const now = Date.parse('2026-11-25T07:10:00Z');

  it('accepts its own signature for the same file and user until it expires', () => {
    const signed = signer.sign('file-1', 'user-1', now);
    expect(signer.verify('file-1', 'user-1', signed, now)).toBe(true);
    expect(signer.verify('file-1', 'user-1', signed, signed.expires * 1000 + 1)).toBe(false);
  });

  it('refuses it for another file or user, or with a changed expiry', () => {
    const signed = signer.sign('file-1', 'user-1', now);
    expect(signer.verify('file-2', 'user-1', signed, now)).toBe(false);
    expect(signer.verify('file-1', 'user-2', signed, now)).toBe(false);
    expect(signer.verify('file-1', 'user-1', { ...signed, expires: signed.expires + 3600 }, now)).toBe(false);
  });

  it('gives the same link for the whole hour so browsers can cache', () => {
    expect(signer.sign('f', 'u', now)).toEqual(signer.sign('f', 'u', now + 20 * 60_000));
  });
});
