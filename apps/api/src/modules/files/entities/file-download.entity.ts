import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Who downloaded which file (notified when a newer toolkit version is published). */
@Entity('file_download')
export class FileDownloadEntity {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
