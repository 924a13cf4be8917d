import type { Locale, Role, UserStatus } from '@bina-pustaka/shared-contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { InstitutionEntity } from './institution.entity';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always stored lower-case (the request schemas normalise it). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'text', nullable: true })
  nip!: string | null;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  @Column({ type: 'uuid', nullable: true })
  institutionId!: string | null;

  @ManyToOne(() => InstitutionEntity, { nullable: true, onDelete: 'RESTRICT' })
  // The name PostgreSQL gave it in the migration, so the entity and the schema agree.
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'users_institution_id_fkey' })
  institution?: InstitutionEntity | null;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'text' })
  status!: UserStatus;

  @Column({ type: 'text' })
  locale!: Locale;

  /** argon2id; never leaves the identity services. */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** The person deleted their account: the row is anonymised and stays disabled for good. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
