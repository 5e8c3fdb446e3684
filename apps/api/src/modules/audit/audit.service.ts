import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { AuditActionRegistry } from './audit-actions';
import { AuditLogEntity } from './entities/audit-log.entity';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log, inside the caller's transaction when given one.
 * Only actions a feature declared with `@AuditActions` are recorded.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly actions: AuditActionRegistry,
  ) {}

  /** Throws (before writing) when the action is undeclared or declared for another target type. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    this.actions.require(entry.action, entry.targetType);
    const target = manager ?? this.db.manager;
    await target.query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, details)
       VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  recent(targetType: string, targetId: string): Promise<AuditLogEntity[]> {
    return this.db
      .getRepository(AuditLogEntity)
      .find({ where: { targetType, targetId }, order: { createdAt: 'DESC' }, take: 100 });
  }
}
