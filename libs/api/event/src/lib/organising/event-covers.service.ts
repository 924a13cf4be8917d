import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, FileTooLargeError, imageTypeOf, readAtMost, Storage } from '@bina-pustaka/api-platform';
import { DataSource } from 'typeorm';
import { EventEntity } from '../entities/event.entity';

/** A cover is a photo or a poster: large enough for a sharp card, small enough for a phone on a slow network. */
export const EVENT_COVER_MAX_BYTES = 2 * 1024 * 1024;

const COVER_HASH = /^[0-9a-f]{64}$/;
const coverKey = (hash: string) => `event-covers/${hash}`;

/**
 * Event covers, kept as institutions' logos are: stored under the hash of their bytes
 * (`events.cover_key` holds the hash), read by anyone at that address and cached for good;
 * a file goes when no event uses it any more.
 */
@Injectable()
export class EventCoversService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: Storage,
  ) {}

  /** The event is already known to be the caller's; a PNG, JPEG or WebP, by its bytes. */
  async set(event: EventEntity, content: Readable): Promise<void> {
    const bytes = await readAtMost(content, EVENT_COVER_MAX_BYTES).catch((error: unknown) => {
      if (!(error instanceof FileTooLargeError)) throw error;
      // The rest of the body is never read: close the connection after the answer.
      throw new AppError(
        413,
        'event.coverTooLarge',
        { limit: `${EVENT_COVER_MAX_BYTES / 1024 / 1024} MB` },
        { Connection: 'close' },
      );
    });
    if (!imageTypeOf(bytes)) throw new AppError(415, 'event.coverWrongType');
    const hash = createHash('sha256').update(bytes).digest('hex');
    await this.storage.write(coverKey(hash), bytes);
    await this.replace(event, hash);
  }

  async remove(event: EventEntity): Promise<void> {
    await this.replace(event, null);
  }

  /** A cover by its hash, for anyone: 404 for any address no event uses. */
  async read(hash: string): Promise<{ bytes: Buffer; contentType: string }> {
    const used = COVER_HASH.test(hash) && (await this.repository().existsBy({ coverKey: hash }));
    if (!used) throw new AppError(404, 'event.coverNotFound');
    const bytes = await this.storage.read(coverKey(hash));
    return { bytes, contentType: imageTypeOf(bytes) ?? 'application/octet-stream' };
  }

  private async replace(event: EventEntity, hash: string | null): Promise<void> {
    const previous = event.coverKey;
    await this.repository().update({ id: event.id }, { coverKey: hash, updatedAt: new Date() });
    if (previous && previous !== hash && !(await this.repository().existsBy({ coverKey: previous }))) {
      await this.storage.remove(coverKey(previous));
    }
  }

  private repository() {
    return this.dataSource.getRepository(EventEntity);
  }
}
