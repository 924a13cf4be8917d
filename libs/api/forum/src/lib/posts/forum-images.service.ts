import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FileReadChecksService, FilesService } from '@bina-pustaka/api-learning';
import { AppError, imageFileIds, resolveImageSources, type Principal } from '@bina-pustaka/api-platform';
import type { Role, StoredFile } from '@bina-pustaka/shared-contracts';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { ForumAccessService } from '../access/forum-access.service';
import { ForumSuspensionsService } from '../access/forum-suspensions.service';

/**
 * Images in posts: uploaded to the file store as `forum-image` files by someone who may
 * write in the forum, written `![alt](file:<id>)` (the lessons' way, kept by the sanitizer,
 * which allows no other image), and readable by whoever may read a post showing them.
 */
@Injectable()
export class ForumImagesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly suspensions: ForumSuspensionsService,
    private readonly files: FilesService,
    private readonly readChecks: FileReadChecksService,
  ) {}

  onModuleInit(): void {
    this.readChecks.register('forum-image', (fileId, viewer) => this.mayRead(fileId, viewer));
  }

  /** An image for a post in this forum; only its uploader sees it until a post shows it. */
  async upload(
    actor: Principal,
    forumId: string,
    fileName: string,
    content: Readable & { truncated?: boolean },
  ): Promise<StoredFile> {
    try {
      await this.suspensions.assertMayWrite(actor, await this.access.forum(actor, forumId));
    } catch (error) {
      content.resume();
      throw error;
    }
    return this.files.describe(await this.files.upload(actor, 'forum-image', fileName, content), actor.userId);
  }

  /** Every image a post adds must be a forum image its writer uploaded (a moderator's edit keeps the author's). */
  async assertUsable(actor: Principal, html: string, previousHtml: string): Promise<void> {
    const kept = new Set(imageFileIds(previousHtml));
    for (const fileId of new Set(imageFileIds(html))) {
      if (kept.has(fileId)) continue;
      await this.files.assertAttachable(actor, fileId, ['forum-image']).catch(() => {
        throw new AppError(422, 'forum.imageUnknown');
      });
    }
  }

  /** The images the post shows, as its text now has them. */
  async record(manager: EntityManager, postId: string, html: string): Promise<void> {
    await manager.query(`DELETE FROM forum_post_images WHERE post_id = $1`, [postId]);
    const fileIds = [...new Set(imageFileIds(html))];
    if (fileIds.length === 0) return;
    await manager.query(
      `INSERT INTO forum_post_images (post_id, file_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [postId, fileIds],
    );
  }

  /** Stored HTML with each image's address signed for this viewer. */
  shown(html: string, viewerId: string): string {
    return resolveImageSources(html, (fileId) => this.files.contentUrl(fileId, viewerId));
  }

  /**
   * Whether a post showing the file is one the viewer may read: in a forum they read, and
   * standing (a held or hidden post's images are for its author and the moderators).
   */
  private async mayRead(fileId: string, viewer: { userId: string; roles: readonly Role[] }): Promise<boolean> {
    const rows: { forumId: string; authorId: string; restricted: boolean }[] = await this.dataSource.query(
      `SELECT t.forum_id AS "forumId", p.author_id AS "authorId",
              (p.held_at IS NOT NULL OR t.held_at IS NOT NULL OR p.hidden_at IS NOT NULL) AS restricted
         FROM forum_post_images i
         JOIN forum_posts p ON p.id = i.post_id
         JOIN forum_threads t ON t.id = p.thread_id
        WHERE i.file_id = $1 AND p.deleted_at IS NULL`,
      [fileId],
    );
    for (const row of rows) {
      const access = await this.access.readerAccess(viewer, row.forumId);
      if (access && (!row.restricted || access.mayModerate || row.authorId === viewer.userId)) return true;
    }
    return false;
  }
}
