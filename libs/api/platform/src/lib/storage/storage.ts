import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Keys are made by the app ("files/<uuid>", "certificates/<id>.pdf"), never from uploaded names. */
const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9.-]+)+$/;

export class FileTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`larger than ${limitBytes} bytes`);
  }
}

/**
 * Where uploaded and generated files live. One interface so that an S3-compatible store
 * can replace the local disk later without touching the domains.
 */
export abstract class Storage {
  /** Stores the stream under `key` (all or nothing), stopping past `maxBytes`. */
  abstract put(key: string, source: Readable, maxBytes?: number): Promise<{ sizeBytes: number }>;
  /** Stores bytes already in memory under `key` (all or nothing): a generated file, e.g. a certificate. */
  abstract write(key: string, bytes: Uint8Array): Promise<void>;
  abstract open(key: string, range?: { start: number; end: number }): Readable;
  /** The whole file in memory: only for small files (images, certificates). */
  abstract read(key: string): Promise<Buffer>;
  abstract size(key: string): Promise<number>;
  abstract remove(key: string): Promise<void>;
  /** A path on local disk, for libraries that read files (type detection). */
  abstract localPath(key: string): string;
}

@Injectable()
export class LocalDiskStorage extends Storage {
  private readonly root: string;
  /** Directories known to exist: creating them again for every file costs a system call. */
  private readonly directories = new Set<string>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = config.storage.dir;
  }

  localPath(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Unsafe storage key "${key}"`);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key "${key}" leaves the storage directory`);
    return path;
  }

  async put(key: string, source: Readable, maxBytes = Number.POSITIVE_INFINITY): Promise<{ sizeBytes: number }> {
    const { target, temporary } = await this.beside(key);
    let sizeBytes = 0;
    source.on('data', (chunk: Buffer) => {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) source.destroy(new FileTooLargeError(maxBytes));
    });
    try {
      await pipeline(source, createWriteStream(temporary));
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { sizeBytes };
  }

  async write(key: string, bytes: Uint8Array): Promise<void> {
    const { target, temporary } = await this.beside(key);
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** The file of `key`, and a name beside it to write to first: renamed, a reader never sees half a file. */
  private async beside(key: string): Promise<{ target: string; temporary: string }> {
    const target = this.localPath(key);
    const directory = dirname(target);
    if (!this.directories.has(directory)) {
      await mkdir(directory, { recursive: true });
      this.directories.add(directory);
    }
    return { target, temporary: join(directory, `.${randomUUID()}.part`) };
  }

  open(key: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.localPath(key), range);
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.localPath(key));
  }

  async size(key: string): Promise<number> {
    return (await stat(this.localPath(key))).size;
  }

  async remove(key: string): Promise<void> {
    await rm(this.localPath(key), { force: true });
  }
}
