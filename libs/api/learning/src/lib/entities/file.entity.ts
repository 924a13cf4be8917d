import type { FilePurpose } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file; its bytes are in Storage under `storageKey`, never under its name. */
@Entity({ name: 'files' })
export class FileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  /** Shown to people and used in Content-Disposition only. */
  @Column({ type: 'text' })
  originalName!: string;

  /** Detected from the content (magic bytes), not taken from the upload. */
  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  sizeBytes!: number;

  @Column({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'text' })
  purpose!: FilePurpose;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
