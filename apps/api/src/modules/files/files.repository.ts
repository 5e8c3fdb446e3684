import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { updateReturning } from '../../database/returned-rows';
import { StoredFileEntity } from './entities/stored-file.entity';

/** All SQL for stored files and downloads; no business rules. */
@Injectable()
export class FilesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  insert(values: Partial<StoredFileEntity>): Promise<StoredFileEntity> {
    const repo = this.db.getRepository(StoredFileEntity);
    return repo.save(repo.create(values));
  }

  findById(id: string): Promise<StoredFileEntity | null> {
    return this.db.getRepository(StoredFileEntity).findOneBy({ id });
  }

  findByOwnerIds(ownerType: string, ownerIds: readonly string[]): Promise<StoredFileEntity[]> {
    return this.db
      .getRepository(StoredFileEntity)
      .find({ where: { ownerType, ownerId: In([...ownerIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Attaches the uploader's own unattached files; returns how many were attached. */
  async attach(
    manager: EntityManager,
    fileIds: string[],
    uploaderId: string,
    ownerType: string,
    ownerId: string,
  ): Promise<number> {
    if (!fileIds.length) return 0;
    const rows = await updateReturning<unknown>(
      manager,
      `UPDATE stored_file SET owner_type = $3, owner_id = $4
        WHERE id = ANY($1::uuid[]) AND uploaded_by_id = $2 AND owner_type IS NULL RETURNING id`,
      [fileIds, uploaderId, ownerType, ownerId],
    );
    return rows.length;
  }

  /** Detaches one file from its owner (it becomes a private upload again); true if it was attached there. */
  async detach(fileId: string, ownerType: string, ownerId: string): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      this.db,
      `UPDATE stored_file SET owner_type = NULL, owner_id = NULL
        WHERE id = $1 AND owner_type = $2 AND owner_id = $3 RETURNING id`,
      [fileId, ownerType, ownerId],
    );
    return rows.length > 0;
  }

  async recordDownload(fileId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO file_download (file_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [fileId, userId],
    );
  }
  /** Deletes the files' rows and their downloads; returns their storage keys. */
  async deleteByIds(
    fileIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    if (!fileIds.length) return [];
    await manager.query(`DELETE FROM file_download WHERE file_id = ANY($1::uuid[])`, [
      [...fileIds],
    ]);
    const rows = await updateReturning<{ storage_key: string }>(
      manager,
      `DELETE FROM stored_file WHERE id = ANY($1::uuid[]) RETURNING storage_key`,
      [[...fileIds]],
    );
    return rows.map((r) => r.storage_key);
  }

  /** Files someone uploaded, oldest first. */
  uploadedBy(userId: string): Promise<StoredFileEntity[]> {
    return this.db
      .getRepository(StoredFileEntity)
      .find({ where: { uploadedById: userId }, order: { createdAt: 'ASC' } });
  }

  /** Files someone downloaded (others' attachments). */
  downloadsBy(userId: string): Promise<{ fileId: string; downloadedAt: Date }[]> {
    return this.db.query(
      `SELECT file_id AS "fileId", created_at AS "downloadedAt" FROM file_download WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  /** Forgets someone's downloads of others' files. */
  async forgetDownloadsBy(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM file_download WHERE user_id = $1`, [userId]);
  }
}
