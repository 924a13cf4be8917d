import type { CertificateImageKind, CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'certificate_templates' })
export class CertificateTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Used for courses without a template of their own (at most one: a partial unique index). */
  @Column({ type: 'boolean' })
  isDefault!: boolean;

  /** The institution whose numbering series the template's certificates take. */
  @Column({ type: 'uuid', nullable: true })
  institutionId!: string | null;

  @Column({ type: 'jsonb' })
  design!: CertificateTemplateDesign;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Backgrounds, logos and signatures uploaded for templates (checked to be PNG or JPEG). */
@Entity({ name: 'certificate_images' })
export class CertificateImageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: CertificateImageKind;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A course's own template; courses without one use the default template. */
@Entity({ name: 'course_certificate_templates' })
export class CourseCertificateTemplateEntity {
  @PrimaryColumn({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  templateId!: string;
}
