import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (about 30 ms here). `algorithm: 2`
 * is Algorithm.Argon2id, a const enum that isolated-module builds cannot inline.
 */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordsService {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /**
   * Verifies against the stored hash; with no account, verifies against a dummy hash so
   * that an unknown email takes as long as a wrong password.
   */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (storedHash) return verify(storedHash, password);
    this.dummyHash ??= this.hash('no account has this password');
    await verify(await this.dummyHash, password);
    return false;
  }
}
