import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  AppError,
  FileTooLargeError,
  imageTypeOf,
  readAtMost,
  Storage,
  UrlSignerService,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { CertificateImage, CertificateImageKind, Role } from '@bina-pustaka/shared-contracts';
import PDFDocument from 'pdfkit';
import { DataSource, In } from 'typeorm';
import { CertificateImageEntity } from '../entities/certificate-template.entity';

const KB = 1024;

/** A full-page background may be a photo; logos and signatures are small. */
export const IMAGE_LIMITS: Record<CertificateImageKind, number> = {
  background: 2048 * KB,
  logo: 512 * KB,
  signature: 512 * KB,
};

const formatLimit = (bytes: number) => (bytes >= 1024 * KB ? `${bytes / (1024 * KB)} MB` : `${bytes / KB} kB`);

/** PNG or JPEG by their first bytes (the PDF library draws no WebP). */
function imageType(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  const type = imageTypeOf(bytes);
  return type === 'image/webp' ? null : type;
}

export const imageSigningSubject = (id: string) => `certificate-image:${id}`;

/** Who designs templates, and so may fetch their images (the PDF renderer reads them from storage). */
export const TEMPLATE_MANAGER_ROLES: readonly Role[] = ['coordinator', 'admin'];

@Injectable()
export class CertificateImagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: Storage,
    private readonly signer: UrlSignerService,
    private readonly directory: UserDirectoryService,
  ) {}

  /**
   * Keeps an uploaded image when it is a PNG or JPEG within the kind's size limit that the
   * PDF library can actually decode (so a broken file fails here, not in every certificate).
   */
  async upload(
    actor: Principal,
    kind: CertificateImageKind,
    content: Readable & { truncated?: boolean },
  ): Promise<CertificateImageEntity> {
    const limit = IMAGE_LIMITS[kind];
    const tooLarge = () =>
      new AppError(413, 'certificates.imageTooLarge', { limit: formatLimit(limit) }, { Connection: 'close' });
    const bytes = await readAtMost(content, limit).catch((error: unknown) => {
      throw error instanceof FileTooLargeError ? tooLarge() : error;
    });
    const contentType = imageType(bytes);
    if (!contentType) throw new AppError(415, 'certificates.imageWrongType');
    try {
      // Not in pdfkit's type definitions, but public: parses the image as every certificate will.
      (new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(src: Buffer): unknown }).openImage(bytes);
    } catch {
      throw new AppError(415, 'certificates.imageUnreadable');
    }
    const storageKey = `certificate-images/${randomUUID()}`;
    await this.storage.write(storageKey, bytes);
    return this.dataSource.getRepository(CertificateImageEntity).save({
      kind,
      contentType,
      sizeBytes: bytes.length,
      storageKey,
      uploadedById: actor.userId,
    });
  }

  describe(image: CertificateImageEntity, viewerId: string): CertificateImage {
    return {
      id: image.id,
      kind: image.kind,
      contentType: image.contentType,
      url: `/api/certificate-images/${image.id}/content?${this.signer.signedQuery(imageSigningSubject(image.id), viewerId)}`,
    };
  }

  async byIds(ids: readonly string[]): Promise<Map<string, CertificateImageEntity>> {
    if (ids.length === 0) return new Map();
    const images = await this.dataSource.getRepository(CertificateImageEntity).findBy({ id: In([...new Set(ids)]) });
    return new Map(images.map((image) => [image.id, image]));
  }

  /** The bytes of the images a design uses, by id (for previews). */
  async load(ids: readonly string[]): Promise<Map<string, Buffer>> {
    const images = await this.byIds(ids);
    const loaded = await Promise.all(
      [...images.values()].map(async (image) => [image.id, await this.storage.read(image.storageKey)] as const),
    );
    return new Map(loaded);
  }

  /**
   * An image behind a signed link (officials' signatures are not public). The link names the
   * person it was made for; they must still manage templates now (an active coordinator or
   * admin), so a link made for anyone else, or kept after a role was taken away, is refused.
   */
  async serve(
    id: string,
    link: { userId: string; expires: number; signature: string },
  ): Promise<{ bytes: Buffer; contentType: string }> {
    if (!this.signer.verify(imageSigningSubject(id), link.userId, link)) {
      throw new AppError(403, 'certificates.linkInvalid');
    }
    const viewer = (await this.directory.byIds([link.userId])).get(link.userId);
    if (viewer?.status !== 'active' || !viewer.roles.some((role) => TEMPLATE_MANAGER_ROLES.includes(role))) {
      throw new AppError(403, 'certificates.imageForbidden');
    }
    const image = await this.dataSource.getRepository(CertificateImageEntity).findOneBy({ id });
    if (!image) throw new AppError(404, 'certificates.imageNotFound');
    return { bytes: await this.storage.read(image.storageKey), contentType: image.contentType };
  }
}
