import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type {
  AuditDetailsByAction,
  CertificateImageKind,
  CertificateTemplate,
  CertificateTemplateDesign,
} from '@bina-pustaka/shared-contracts';
import type {
  createCertificateTemplateRequestSchema,
  updateCertificateTemplateRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { CourseCompletionsService } from '@bina-pustaka/api-learning';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CertificateTemplateEntity, CourseCertificateTemplateEntity } from '../entities/certificate-template.entity';
import { CertificateImagesService } from './certificate-images.service';

type CreateTemplate = z.output<typeof createCertificateTemplateRequestSchema>;
type UpdateTemplate = z.output<typeof updateCertificateTemplateRequestSchema>;

/** The images a design refers to, with the kind each place needs. */
export function designImageRefs(design: CertificateTemplateDesign): { id: string; kind: CertificateImageKind }[] {
  return [
    ...(design.backgroundImageId ? [{ id: design.backgroundImageId, kind: 'background' as const }] : []),
    ...design.logoImageIds.map((id) => ({ id, kind: 'logo' as const })),
    ...design.signatories.flatMap((signatory) =>
      signatory.signatureImageId ? [{ id: signatory.signatureImageId, kind: 'signature' as const }] : [],
    ),
  ];
}

@Injectable()
export class CertificateTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly images: CertificateImagesService,
    private readonly completions: CourseCompletionsService,
    private readonly audit: AuditTrailService,
  ) {}

  async list(viewerId: string): Promise<CertificateTemplate[]> {
    const templates = await this.dataSource
      .getRepository(CertificateTemplateEntity)
      .find({ order: { isDefault: 'DESC', name: 'ASC' } });
    return Promise.all(templates.map((template) => this.describe(template, viewerId)));
  }

  async get(id: string, viewerId: string): Promise<CertificateTemplate> {
    return this.describe(await this.find(id), viewerId);
  }

  async find(id: string): Promise<CertificateTemplateEntity> {
    const template = await this.dataSource.getRepository(CertificateTemplateEntity).findOneBy({ id });
    if (!template) throw new AppError(404, 'certificates.templateNotFound');
    return template;
  }

  async create(actor: Principal, request: CreateTemplate): Promise<CertificateTemplate> {
    const { name, isDefault, ...design } = request;
    await this.assertImages(design);
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CertificateTemplateEntity);
      // The first template is the default until another is chosen.
      const makeDefault = isDefault || !(await repository.existsBy({ isDefault: true }));
      if (makeDefault) await this.clearDefault(manager);
      const created = await repository.save({
        name,
        isDefault: makeDefault,
        institutionId: actor.user.institution?.id ?? null,
        design,
        createdById: actor.userId,
      });
      await this.record(manager, actor, created, { change: 'created', name, madeDefault: makeDefault });
      return created;
    });
    return this.describe(saved, actor.userId);
  }

  async update(actor: Principal, id: string, request: UpdateTemplate): Promise<CertificateTemplate> {
    const template = await this.find(id);
    const { name, isDefault, ...changes } = request;
    const design: CertificateTemplateDesign = {
      ...template.design,
      ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    };
    await this.assertImages(design);
    const madeDefault = isDefault === true && !template.isDefault;
    const onlyMadeDefault =
      madeDefault && (name ?? template.name) === template.name && isDeepStrictEqual(design, template.design);
    const saved = await this.dataSource.transaction(async (manager) => {
      if (madeDefault) await this.clearDefault(manager);
      const updated = await manager.getRepository(CertificateTemplateEntity).save({
        ...template,
        name: name ?? template.name,
        // A default stays one until another template takes its place.
        isDefault: template.isDefault || isDefault === true,
        design,
      });
      await this.record(manager, actor, updated, {
        change: onlyMadeDefault ? 'activated' : 'updated',
        name: updated.name,
        ...(madeDefault && !onlyMadeDefault ? { madeDefault } : {}),
      });
      return updated;
    });
    return this.describe(saved, actor.userId);
  }

  /** Certificates keep a copy of their design, so deleting a template changes none of them. */
  async remove(actor: Principal, id: string): Promise<void> {
    const template = await this.find(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CertificateTemplateEntity).delete(template.id);
      await this.record(manager, actor, template, { change: 'deleted', name: template.name });
    });
  }

  /** The template a course's certificates use: its own, else the default (or none yet). */
  /** The default template (for what has no course, e.g. a standalone webinar). */
  async standard(): Promise<CertificateTemplateEntity | null> {
    return this.dataSource.getRepository(CertificateTemplateEntity).findOneBy({ isDefault: true });
  }

  async forCourse(courseId: string): Promise<CertificateTemplateEntity | null> {
    const own = await this.dataSource.getRepository(CourseCertificateTemplateEntity).findOneBy({ courseId });
    const repository = this.dataSource.getRepository(CertificateTemplateEntity);
    return (
      (own ? await repository.findOneBy({ id: own.templateId }) : null) ?? repository.findOneBy({ isDefault: true })
    );
  }

  async courseSetting(courseId: string): Promise<{ templateId: string | null; effectiveTemplateId: string | null }> {
    const own = await this.dataSource.getRepository(CourseCertificateTemplateEntity).findOneBy({ courseId });
    const effective = await this.forCourse(courseId);
    return { templateId: own?.templateId ?? null, effectiveTemplateId: effective?.id ?? null };
  }

  async setForCourse(actor: Principal, courseId: string, templateId: string | null): Promise<void> {
    if (!(await this.completions.course(courseId))) throw new AppError(404, 'certificates.courseNotFound');
    const template = templateId === null ? null : await this.find(templateId);
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CourseCertificateTemplateEntity);
      if (template) await repository.upsert({ courseId, templateId: template.id }, ['courseId']);
      else await repository.delete({ courseId });
      await this.record(manager, actor, template, {
        change: 'assigned',
        ...(template ? { name: template.name } : {}),
        courseId,
      });
    });
  }

  /** Every image the design names exists and was uploaded for that place. */
  async assertImages(design: CertificateTemplateDesign): Promise<void> {
    const refs = designImageRefs(design);
    const found = await this.images.byIds(refs.map((ref) => ref.id));
    for (const ref of refs) {
      const image = found.get(ref.id);
      if (image?.kind !== ref.kind) throw new AppError(422, `certificates.imageNotUsable.${ref.kind}`);
    }
  }

  private async describe(template: CertificateTemplateEntity, viewerId: string): Promise<CertificateTemplate> {
    const found = await this.images.byIds(designImageRefs(template.design).map((ref) => ref.id));
    return {
      id: template.id,
      name: template.name,
      isDefault: template.isDefault,
      ...template.design,
      images: [...found.values()].map((image) => this.images.describe(image, viewerId)),
      createdAt: template.createdAt.toISOString(),
      updatedAt: template.updatedAt.toISOString(),
    };
  }

  /** Every change of a template (or of the one a course uses) is in the audit log, in its transaction. */
  private record(
    manager: EntityManager,
    actor: Principal,
    template: CertificateTemplateEntity | null,
    details: AuditDetailsByAction['certificate.template.changed'],
  ): Promise<void> {
    return this.audit.record(
      {
        action: 'certificate.template.changed',
        actor,
        subject: { type: 'certificate-template', id: template?.id ?? null, label: template?.name ?? null },
        details,
      },
      manager,
    );
  }

  private async clearDefault(manager: EntityManager): Promise<void> {
    await manager.getRepository(CertificateTemplateEntity).update({ isDefault: true }, { isDefault: false });
  }
}
