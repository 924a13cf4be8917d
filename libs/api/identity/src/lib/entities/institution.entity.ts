import type { InstitutionKind } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A library whose people learn here, or a partner organisation (university, community,
 * school, government office) that runs programmes with the library.
 */
@Entity({ name: 'institutions' })
export class InstitutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', default: 'library' })
  kind!: InstitutionKind;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  contactName!: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone!: string | null;

  /** SHA-256 of the logo's bytes (hex): its storage key and its public address. */
  @Column({ type: 'text', nullable: true })
  logoHash!: string | null;

  @Column({ type: 'text', nullable: true })
  logoContentType!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
