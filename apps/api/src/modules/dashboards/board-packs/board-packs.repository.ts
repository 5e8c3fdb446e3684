import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { isUuid } from '../../../common/ids/uuid';
import { AuditService } from '../../audit/audit.service';
import type { AuditEntry } from '../../audit/audit.service';
import { BoardPackEntity } from './entities/board-pack.entity';

/** The board_pack table; each change of state is written with its audit entry in one transaction. */
@Injectable()
export class BoardPacksRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates a QUEUED pack, audits it and runs `then` (e.g. enqueue its job) in the same transaction. */
  create(
    fields: Pick<
      BoardPackEntity,
      'icsOdsCode' | 'financialYear' | 'quarter' | 'themeKey' | 'format' | 'requestedById'
    >,
    then: (pack: BoardPackEntity, manager: EntityManager) => Promise<void>,
  ): Promise<BoardPackEntity> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(BoardPackEntity);
      const saved = await repo.save(repo.create({ ...fields, status: 'QUEUED', progress: 0 }));
      await this.audit.record(
        {
          actorId: fields.requestedById,
          action: 'board_pack.requested',
          targetType: 'board_pack',
          targetId: saved.id,
          details: { ...fields, requestedById: undefined },
        },
        manager,
      );
      await then(saved, manager);
      return saved;
    });
  }

  findById(id: string): Promise<BoardPackEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.db.getRepository(BoardPackEntity).findOne({ where: { id } });
  }

  async content(id: string): Promise<Buffer | null> {
    const row = await this.db
      .getRepository(BoardPackEntity)
      .createQueryBuilder('p')
      .addSelect('p.content')
      .where('p.id = :id', { id })
      .getOne();
    return row?.content ?? null;
  }

  async progress(id: string, progress: number): Promise<void> {
    await this.db.getRepository(BoardPackEntity).update({ id }, { status: 'RUNNING', progress });
  }

  async done(
    id: string,
    file: { content: Buffer; contentType: string; sha256: string },
    audit: AuditEntry,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE board_pack SET status = 'DONE', progress = 100, content = $2, content_type = $3,
                byte_size = $4, sha256 = $5, error = NULL, completed_at = now() WHERE id = $1`,
        [id, file.content, file.contentType, file.content.length, file.sha256],
      );
      await this.audit.record(audit, manager);
    });
  }

  async failed(id: string, error: string, audit: AuditEntry): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE board_pack SET status = 'FAILED', error = $2, completed_at = now() WHERE id = $1`,
        [id, error],
      );
      await this.audit.record(audit, manager);
    });
  }
}
