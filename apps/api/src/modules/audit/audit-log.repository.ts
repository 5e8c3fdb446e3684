import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AuditFilter } from './audit-log.filter';
import type { AuditScope } from './audit.policy';

/** An entry as read back. */
export interface AuditRow {
  id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  details: Record<string, unknown>;
  request_id: string | null;
  ics_ids: string[];
  created_at: Date;
}

/** Where a page starts: after (older than) or before (newer than) an entry id. */
export type AuditPosition = { after: string | null } | { before: string };

const COLUMNS =
  'id::text AS id, actor_id, action, target_type, target_id, details, request_id, ics_ids::text[] AS ics_ids, created_at';

/** Reads the audit log (writing is AuditService's). Keyset pages over the id, newest first. */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `limit + 1` rows from the position, newest first whichever way it pages. */
  async page(
    scope: AuditScope,
    filter: AuditFilter,
    position: AuditPosition,
    limit: number,
  ): Promise<AuditRow[]> {
    const { where, params } = this.where(scope, filter);
    const backwards = 'before' in position;
    const cursor = backwards ? position.before : position.after;
    if (cursor) {
      params.push(cursor);
      where.push(`id ${backwards ? '>' : '<'} $${params.length}::bigint`);
    }
    params.push(limit + 1);
    const rows: AuditRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM audit_log
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY audit_log.id ${backwards ? 'ASC' : 'DESC'} LIMIT $${params.length}`,
      params,
    );
    return backwards ? rows.reverse() : rows;
  }

  async count(scope: AuditScope, filter: AuditFilter): Promise<number> {
    const { where, params } = this.where(scope, filter);
    const rows: { n: string }[] = await this.db.query(
      `SELECT count(*) AS n FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return Number(rows[0]?.n ?? 0);
  }

  private where(scope: AuditScope, filter: AuditFilter): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (!scope.all) add((p) => `ics_ids && ${p}::uuid[]`, scope.icsIds);
    if (filter.actorId) add((p) => `actor_id = ${p}::uuid`, filter.actorId);
    if (filter.action) add((p) => `action = ${p}`, filter.action);
    if (filter.targetType) add((p) => `target_type = ${p}`, filter.targetType);
    if (filter.targetId) add((p) => `target_id = ${p}`, filter.targetId);
    if (filter.from) add((p) => `created_at >= ${p}`, filter.from);
    if (filter.before) add((p) => `created_at < ${p}`, filter.before);
    return { where, params };
  }
}
