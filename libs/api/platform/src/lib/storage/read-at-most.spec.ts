import { Readable } from 'node:stream';
import { readAtMost } from './read-at-most';
import { FileTooLargeError } from './storage';

const upload = (chunks: Buffer[], truncated = false) => Object.assign(Readable.from(chunks), { truncated });

describe('readAtMost', () => {
  it('reads an upload up to its limit whole', async () => {
    const bytes = await readAtMost(upload([Buffer.from('logo '), Buffer.from('kecil')]), 10);
    expect(bytes.toString()).toBe('logo kecil');
  });

  it('stops past the limit, and refuses what the multipart limit already cut', async () => {
    const stream = upload([Buffer.alloc(6), Buffer.alloc(6), Buffer.alloc(6)]);
    await expect(readAtMost(stream, 10)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(stream.destroyed).toBe(true);
    await expect(readAtMost(upload([Buffer.alloc(4)], true), 10)).rejects.toBeInstanceOf(FileTooLargeError);
  });
});
