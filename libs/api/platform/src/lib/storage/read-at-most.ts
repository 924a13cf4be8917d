import type { Readable } from 'node:stream';
import { FileTooLargeError } from './storage';

/**
 * A small upload's bytes in memory (an image to check before it is stored), refused with
 * FileTooLargeError once past `maxBytes` or when the multipart limit cut it (`truncated`);
 * the rest is never read.
 */
export async function readAtMost(content: Readable & { truncated?: boolean }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of content as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      content.destroy();
      throw new FileTooLargeError(maxBytes);
    }
    chunks.push(chunk);
  }
  if (content.truncated) throw new FileTooLargeError(maxBytes);
  return Buffer.concat(chunks);
}
