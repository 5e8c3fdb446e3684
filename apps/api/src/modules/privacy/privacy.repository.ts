import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { updateReturning } from '../../database/returned-rows';
import { AccountDeletionEntity } from './entities/account-deletion.entity';
import { DataExportEntity } from './entities/data-export.entity';

/** All SQL for data exports and account deletions; no business rules. */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The person's newest export that is queued, running or downloadable at `now`. */
  async currentExport(userId: string, now: Date): Promise<DataExportEntity | null> {
    return this.db
      .getRepository(DataExportEntity)
      .createQueryBuilder('e')
      .where('e.user_id = :userId', { userId })
      .andWhere(
        `(e.status IN ('QUEUED', 'RUNNING') OR (e.status = 'READY' AND e.expires_at > :now) OR e.status = 'FAILED')`,
        { now },
      )
      .orderBy('e.created_at', 'DESC')
      .getOne();
  }

  /** Creates a queued export unless one is pending (the pending one is returned), in one locked step. */
  async createExport(
    userId: string,
    enqueue: (saved: DataExportEntity, manager: EntityManager) => Promise<void>,
  ): Promise<DataExportEntity> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('data-export:' || $1))`, [userId]);
      const pending = await manager.getRepository(DataExportEntity).findOne({
        where: [
          { userId, status: 'QUEUED' },
          { userId, status: 'RUNNING' },
        ],
      });
      if (pending) return pending;
      const repo = manager.getRepository(DataExportEntity);
      const saved = await repo.save(repo.create({ userId, status: 'QUEUED', progress: 0 }));
      await enqueue(saved, manager);
      return saved;
    });
  }

  findExport(id: string): Promise<DataExportEntity | null> {
    return this.db.getRepository(DataExportEntity).findOneBy({ id });
  }

  /** Claims a queued export for building; null when it is not queued (already built or gone). */
  async claimExport(id: string): Promise<DataExportEntity | null> {
    const rows = await updateReturning<{ id: string }>(
      this.db,
      `UPDATE data_export SET status = 'RUNNING', progress = 1 WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [id],
    );
    return rows.length ? this.findExport(id) : null;
  }

  async setProgress(id: string, progress: number): Promise<void> {
    await this.db.query(
      `UPDATE data_export SET progress = $2 WHERE id = $1 AND status = 'RUNNING'`,
      [id, Math.max(0, Math.min(99, Math.round(progress)))],
    );
  }

  async markReady(
    id: string,
    values: { fileId: string; byteSize: number; now: Date; expiresAt: Date },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE data_export SET status = 'READY', progress = 100, file_id = $2, byte_size = $3,
              completed_at = $4, expires_at = $5, error = NULL WHERE id = $1`,
      [id, values.fileId, values.byteSize, values.now, values.expiresAt],
    );
  }

  async markFailed(id: string, error: string, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE data_export SET status = 'FAILED', error = $2, completed_at = $3 WHERE id = $1`,
      [id, error.slice(0, 500), now],
    );
  }

  /** READY exports whose download window has closed. */
  expiredExports(now: Date): Promise<{ id: string; file_id: string | null }[]> {
    return this.db.query(
      `SELECT id, file_id FROM data_export WHERE status = 'READY' AND expires_at <= $1 ORDER BY expires_at LIMIT 200`,
      [now],
    );
  }

  async markExpired(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE data_export SET status = 'EXPIRED', file_id = NULL WHERE id = $1`, [
      id,
    ]);
  }

  /** Every export of the person (for their own export and their anonymisation). */
  exportsOf(userId: string, manager: EntityManager = this.db.manager): Promise<DataExportEntity[]> {
    return manager
      .getRepository(DataExportEntity)
      .find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteExportsOf(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM data_export WHERE user_id = $1`, [userId]);
  }

  scheduledDeletion(userId: string): Promise<AccountDeletionEntity | null> {
    return this.db.getRepository(AccountDeletionEntity).findOneBy({ userId, status: 'SCHEDULED' });
  }

  deletionsOf(userId: string): Promise<AccountDeletionEntity[]> {
    return this.db
      .getRepository(AccountDeletionEntity)
      .find({ where: { userId }, order: { requestedAt: 'ASC' } });
  }

  /** Schedules the deletion (or returns the one already scheduled). */
  async scheduleDeletion(
    manager: EntityManager,
    values: { userId: string; requestedById: string; now: Date; scheduledFor: Date },
  ): Promise<AccountDeletionEntity> {
    await manager.query(
      `INSERT INTO account_deletion (user_id, requested_by_id, requested_at, scheduled_for)
       VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) WHERE status = 'SCHEDULED' DO NOTHING`,
      [values.userId, values.requestedById, values.now, values.scheduledFor],
    );
    return manager
      .getRepository(AccountDeletionEntity)
      .findOneByOrFail({ userId: values.userId, status: 'SCHEDULED' });
  }

  /** Cancels a scheduled deletion; false when none was scheduled. */
  async cancelDeletion(userId: string, now: Date): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      this.db,
      `UPDATE account_deletion SET status = 'CANCELLED', cancelled_at = $2
          WHERE user_id = $1 AND status = 'SCHEDULED' RETURNING id`,
      [userId, now],
    );
    return rows.length > 0;
  }

  /** Scheduled deletions whose grace period has ended. */
  dueDeletions(now: Date): Promise<{ id: string; user_id: string }[]> {
    return this.db.query(
      `SELECT id, user_id FROM account_deletion WHERE status = 'SCHEDULED' AND scheduled_for <= $1
        ORDER BY scheduled_for LIMIT 50`,
      [now],
    );
  }

  /** Marks the person's scheduled deletion done, or records an immediate one (admin). */
  async completeDeletion(
    manager: EntityManager,
    values: { userId: string; requestedById: string; now: Date },
  ): Promise<void> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE account_deletion SET status = 'DONE', completed_at = $2
          WHERE user_id = $1 AND status = 'SCHEDULED' RETURNING id`,
      [values.userId, values.now],
    );
    if (rows.length) return;
    await manager.query(
      `INSERT INTO account_deletion (user_id, requested_by_id, requested_at, scheduled_for, status, completed_at)
       VALUES ($1, $2, $3, $3, 'DONE', $3)`,
      [values.userId, values.requestedById, values.now],
    );
  }

  async isAnonymised(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM account_deletion WHERE user_id = $1 AND status = 'DONE' LIMIT 1`,
      [userId],
    );
    return rows.length > 0;
  }
}
