import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  contentDisposition,
  FileTooLargeError,
  Storage,
  UrlSignerService,
  type Principal,
} from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { FilePurpose, Role, StoredFile } from '@bina-pustaka/shared-contracts';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { FileEntity } from '../entities/file.entity';
import { CONTENT_TYPES, detectContentType, type DetectedType } from './content-type';
import { FileReadChecksService } from './file-read-checks.service';

const MB = 1024 * 1024;

/** What each purpose accepts: size limit and content types (checked on the bytes). */
const UPLOAD_RULES: Record<FilePurpose, { maxBytes: number; types: DetectedType[] }> = {
  'course-cover': { maxBytes: 5 * MB, types: ['png', 'jpeg', 'webp'] },
  'lesson-image': { maxBytes: 5 * MB, types: ['png', 'jpeg', 'webp'] },
  'lesson-file': { maxBytes: 50 * MB, types: ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'png', 'jpeg'] },
  material: { maxBytes: 50 * MB, types: ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'png', 'jpeg'] },
  'lesson-video': { maxBytes: 500 * MB, types: ['mp4', 'webm'] },
  'forum-image': { maxBytes: 5 * MB, types: ['png', 'jpeg', 'webp'] },
};

/** Shown inline by browsers (with nosniff and our detected type); everything else downloads. */
const INLINE_TYPES = new Set<string>([
  CONTENT_TYPES.pdf,
  CONTENT_TYPES.png,
  CONTENT_TYPES.jpeg,
  CONTENT_TYPES.webp,
  CONTENT_TYPES.mp4,
  CONTENT_TYPES.webm,
]);

const formatMegabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/**
 * The rest of a too-large upload is never read, so the connection cannot serve another
 * request: close it after the answer, or the client's next request waits on it forever.
 */
const tooLarge = (maxBytes: number) =>
  new AppError(413, 'files.tooLarge', { limit: formatMegabytes(maxBytes) }, { Connection: 'close' });

/** A name safe to show and to put in Content-Disposition: no paths, no control characters. */
function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f' && ch !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return clean || 'berkas';
}

export interface ServedFile {
  stream: Readable;
  contentType: string;
  sizeBytes: number;
  range: { start: number; end: number } | null;
  disposition: string;
}

@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: Storage,
    private readonly signer: UrlSignerService,
    private readonly directory: UserDirectoryService,
    private readonly readChecks: FileReadChecksService,
  ) {}

  /** Streams an upload to storage, then keeps it only if its bytes are an accepted type. */
  async upload(
    owner: Principal,
    purpose: FilePurpose,
    fileName: string,
    content: Readable & { truncated?: boolean },
  ): Promise<FileEntity> {
    const rules = UPLOAD_RULES[purpose];
    const storageKey = `files/${randomUUID()}`;
    let sizeBytes: number;
    try {
      ({ sizeBytes } = await this.storage.put(storageKey, content, rules.maxBytes));
    } catch (error) {
      if (error instanceof FileTooLargeError) throw tooLarge(rules.maxBytes);
      throw error;
    }
    if (content.truncated) {
      await this.storage.remove(storageKey);
      throw tooLarge(rules.maxBytes);
    }
    const detected = sizeBytes > 0 ? await detectContentType(this.storage.localPath(storageKey)) : null;
    if (!detected || !rules.types.includes(detected)) {
      await this.storage.remove(storageKey);
      throw new AppError(415, 'files.wrongType', { allowed: rules.types.map((type) => type.toUpperCase()).join(', ') });
    }
    return this.dataSource.getRepository(FileEntity).save({
      ownerId: owner.userId,
      originalName: displayName(fileName),
      contentType: CONTENT_TYPES[detected],
      sizeBytes,
      storageKey,
      purpose,
    });
  }

  /** A file as a client sees it, with a link signed for this viewer. */
  describe(file: FileEntity, viewerId: string): StoredFile {
    return {
      id: file.id,
      name: file.originalName,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      purpose: file.purpose,
      url: this.contentUrl(file.id, viewerId),
    };
  }

  /** The link to a file's bytes, signed for this viewer. */
  contentUrl(fileId: string, viewerId: string): string {
    return `/api/files/${fileId}/content?${this.signer.signedQuery(fileId, viewerId)}`;
  }

  /** Describes several files at once (missing ids are left out). */
  async describeMany(ids: readonly (string | null)[], viewerId: string): Promise<Map<string, StoredFile>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const files = await this.dataSource.getRepository(FileEntity).findBy(wanted.map((id) => ({ id })));
    return new Map(files.map((file) => [file.id, this.describe(file, viewerId)]));
  }

  /** A file someone wants to attach: it must be theirs (or they are staff) and of that purpose. */
  async assertAttachable(actor: Principal, fileId: string, purposes: FilePurpose[]): Promise<FileEntity> {
    const file = await this.dataSource.getRepository(FileEntity).findOneBy({ id: fileId });
    const staff = actor.roles.includes('admin') || actor.roles.includes('coordinator');
    if (!file || !purposes.includes(file.purpose) || (file.ownerId !== actor.userId && !staff)) {
      throw new AppError(422, 'files.notUsable');
    }
    return file;
  }

  /**
   * The bytes behind a signed link, after checking again that this user may read the
   * file now (a draft course's files never reach learners, whatever link they hold).
   */
  async serve(
    fileId: string,
    link: { userId: string; expires: number; signature: string },
    rangeHeader: string | undefined,
  ): Promise<ServedFile> {
    if (!this.signer.verify(fileId, link.userId, link)) throw new AppError(403, 'files.linkExpired');
    const file = await this.dataSource.getRepository(FileEntity).findOneBy({ id: fileId });
    const viewer = (await this.directory.byIds([link.userId])).get(link.userId);
    if (!file || !viewer || viewer.status !== 'active' || !(await this.mayRead(file, viewer.id, viewer.roles))) {
      throw new AppError(404, 'files.notFound');
    }
    const range = parseRange(rangeHeader, file.sizeBytes);
    if (range === 'unsatisfiable') {
      throw new AppError(416, 'http.badRequest', {}, { 'Content-Range': `bytes */${file.sizeBytes}` });
    }
    const inline = INLINE_TYPES.has(file.contentType);
    return {
      stream: this.storage.open(file.storageKey, range ?? undefined),
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      range,
      disposition: contentDisposition(inline ? 'inline' : 'attachment', file.originalName),
    };
  }

  private async mayRead(file: FileEntity, userId: string, roles: Role[]): Promise<boolean> {
    if (file.ownerId === userId || roles.includes('admin') || roles.includes('coordinator')) return true;
    // A file another domain uploads (a forum image) is readable where that domain says.
    const domainCheck = this.readChecks.checkOf(file.purpose);
    if (domainCheck) return domainCheck(file.id, { userId, roles });
    const imageReference = `%file:${file.id}%`;
    // Every place the file is used, and whether this user may see that place.
    const [row] = await this.dataSource.query(
      `SELECT
         EXISTS (
           SELECT 1 FROM courses c
            WHERE (c.cover_file_id = $1 AND c.status <> 'draft')
               OR ((c.cover_file_id = $1 OR c.description LIKE $3 OR EXISTS (
                      SELECT 1 FROM lessons l WHERE l.course_id = c.id
                         AND (l.file_id = $1 OR l.video_file_id = $1 OR l.body_markdown LIKE $3)))
                   AND (c.owner_id = $2
                        OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = c.id AND t.user_id = $2)
                        OR (c.status <> 'draft' AND EXISTS (
                              SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = $2
                                 AND e.status IN ('active', 'completed')))))
         ) OR EXISTS (
           SELECT 1 FROM materials m
            WHERE m.file_id = $1 AND (cardinality(m.audience_roles) = 0 OR m.audience_roles && $4::text[])
         ) AS allowed`,
      [file.id, userId, imageReference, roles],
    );
    return row?.allowed === true;
  }
}

/** One byte range ("bytes=0-1023", "bytes=500-", "bytes=-500"), as video players ask. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (!match[1] && !match[2])) return null;
  let start: number;
  let end: number;
  if (!match[1]) {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  }
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
}
