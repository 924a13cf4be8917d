import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal, containsPattern } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Material, MaterialKind, Page, Role } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { MaterialEntity } from '../entities/material.entity';
import { isStaff } from './course-access.service';
import { FilesService } from './files.service';

export interface MaterialInput {
  title?: string;
  description?: string;
  kind?: MaterialKind;
  fileId?: string | null;
  url?: string | null;
  tags?: string[];
  audienceRoles?: Role[];
}

/** References outside courses; everyone signed in reads what their roles may see. */
@Injectable()
export class MaterialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly directory: UserDirectoryService,
  ) {}

  async list(
    actor: Principal,
    query: { q?: string; tag?: string; kind?: MaterialKind; page: number; pageSize: number },
  ): Promise<Page<Material>> {
    const builder = this.dataSource.getRepository(MaterialEntity).createQueryBuilder('m');
    if (!isStaff(actor)) {
      builder.andWhere(`(cardinality(m.audience_roles) = 0 OR m.audience_roles && :roles OR m.created_by_id = :me)`, {
        roles: actor.roles,
        me: actor.userId,
      });
    }
    if (query.q) {
      builder.andWhere(`(m.search_vector @@ websearch_to_tsquery('indonesian', :q) OR m.title ILIKE :like)`, {
        q: query.q,
        like: containsPattern(query.q),
      });
    }
    if (query.tag) builder.andWhere(':tag = ANY(m.tags)', { tag: query.tag });
    if (query.kind) builder.andWhere('m.kind = :kind', { kind: query.kind });
    const [rows, total] = await builder
      .orderBy('m.createdAt', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: await this.views(rows, actor), total, page: query.page, pageSize: query.pageSize };
  }

  async create(
    actor: Principal,
    input: Required<Omit<MaterialInput, 'fileId' | 'url'>> & Pick<MaterialInput, 'fileId' | 'url'>,
  ): Promise<Material> {
    if (input.fileId) await this.files.assertAttachable(actor, input.fileId, ['material']);
    const material = await this.dataSource.getRepository(MaterialEntity).save({
      title: input.title,
      description: input.description,
      kind: input.kind,
      fileId: input.fileId ?? null,
      url: input.url ?? null,
      tags: input.tags,
      audienceRoles: input.audienceRoles,
      createdById: actor.userId,
    });
    return (await this.views([material], actor))[0];
  }

  async update(actor: Principal, id: string, input: MaterialInput): Promise<Material> {
    const material = await this.editable(actor, id);
    if (input.fileId && input.fileId !== material.fileId)
      await this.files.assertAttachable(actor, input.fileId, ['material']);
    const next = { ...material, ...input };
    if (!next.fileId && !next.url) throw new AppError(400, 'validation.materialContentMissing');
    await this.dataSource.getRepository(MaterialEntity).update(id, {
      title: next.title,
      description: next.description,
      fileId: next.fileId ?? null,
      url: next.url ?? null,
      tags: next.tags,
      audienceRoles: next.audienceRoles,
    });
    return (await this.views([await this.dataSource.getRepository(MaterialEntity).findOneByOrFail({ id })], actor))[0];
  }

  async remove(actor: Principal, id: string): Promise<void> {
    await this.editable(actor, id);
    await this.dataSource.getRepository(MaterialEntity).delete(id);
  }

  private async editable(actor: Principal, id: string): Promise<MaterialEntity> {
    const material = await this.dataSource.getRepository(MaterialEntity).findOneBy({ id });
    if (!material) throw new AppError(404, 'materials.notFound');
    if (material.createdById !== actor.userId && !isStaff(actor)) throw new AppError(403, 'materials.notEditable');
    return material;
  }

  private async views(materials: MaterialEntity[], actor: Principal): Promise<Material[]> {
    const [files, people] = await Promise.all([
      this.files.describeMany(
        materials.map((m) => m.fileId),
        actor.userId,
      ),
      this.directory.byIds(materials.map((m) => m.createdById)),
    ]);
    return materials.map((material) => ({
      id: material.id,
      title: material.title,
      description: material.description,
      kind: material.kind,
      file: material.fileId ? (files.get(material.fileId) ?? null) : null,
      url: material.url,
      tags: material.tags,
      audienceRoles: material.audienceRoles,
      createdBy: { id: material.createdById, fullName: people.get(material.createdById)?.fullName ?? '' },
      createdAt: material.createdAt.toISOString(),
      editable: material.createdById === actor.userId || isStaff(actor),
    }));
  }
}
