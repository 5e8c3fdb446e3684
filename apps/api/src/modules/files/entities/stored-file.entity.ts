import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file: metadata here, bytes in FileStorage under `storageKey`. */
@Entity('stored_file')
@Index('ix_stored_file_owner', ['ownerType', 'ownerId'])
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById!: string;

  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName!: string;

  /** Type detected from the content (magic bytes). */
  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType!: string;

  @Column({ type: 'varchar', length: 10 })
  extension!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'alt_text', type: 'varchar', length: 500, nullable: true })
  altText!: string | null;

  /** The content that owns it (TOOLKIT_VERSION); null while unattached (uploader only). */
  @Column({ name: 'owner_type', type: 'varchar', length: 30, nullable: true })
  ownerType!: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
