import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { forbidden } from '../../common/errors/domain.exception';
import { MAX_PAGE_SIZE } from '../../common/graphql/pagination';
import { AuditActionRegistry } from './audit-actions';
import { decodeAuditCursor, encodeAuditCursor, parseAuditFilter } from './audit-log.filter';
import type { AuditFilterInput } from './audit-log.filter';
import { AuditLogRepository } from './audit-log.repository';
import type { AuditPosition, AuditRow } from './audit-log.repository';
import { summariseDetails } from './audit-summary';
import type { AuditScope } from './audit.policy';
import { auditScopeFor } from './audit.policy';
import { AuditService } from './audit.service';
import type { AuditEntryConnection, AuditEntryModel } from './graphql/audit.model';

/** The most entries one CSV export holds (the newest; narrow the filter for older ones). */
export const MAX_EXPORT_ROWS = 10_000;

/** Reading the audit log: who may, which entries, a page at a time or as an (audited) export. */
@Injectable()
export class AuditLogQuery {
  constructor(
    private readonly repo: AuditLogRepository,
    private readonly actions: AuditActionRegistry,
    private readonly audit: AuditService,
  ) {}

  /** FORBIDDEN unless a regional admin or an ICS admin. */
  scope(viewer: AuthUser | null): AuditScope {
    const scope = auditScopeFor(viewer);
    if (!scope) throw forbidden('Only regional admins and ICS admins can read the audit log.');
    return scope;
  }

  async page(
    viewer: AuthUser | null,
    args: {
      filter?: AuditFilterInput | null;
      first?: number | null;
      after?: string | null;
      before?: string | null;
    },
  ): Promise<AuditEntryConnection> {
    const scope = this.scope(viewer);
    const filter = parseAuditFilter(args.filter);
    const limit = Math.min(Math.max(args.first ?? 20, 1), MAX_PAGE_SIZE);
    const before = decodeAuditCursor(args.before);
    const position: AuditPosition = before ? { before } : { after: decodeAuditCursor(args.after) };
    const [rows, total] = await Promise.all([
      this.repo.page(scope, filter, position, limit),
      this.repo.count(scope, filter),
    ]);
    const more = rows.length > limit;
    const slice = 'before' in position ? rows.slice(more ? 1 : 0) : rows.slice(0, limit);
    const edges = slice.map((row) => ({
      node: this.toModel(row),
      cursor: encodeAuditCursor(row.id),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: 'before' in position ? true : more,
        endCursor: edges.at(-1)?.cursor ?? null,
        hasPreviousPage: 'before' in position ? more : position.after !== null,
        startCursor: edges[0]?.cursor ?? null,
      },
    };
  }

  /** The filtered entries for a CSV export (newest first, at most MAX_EXPORT_ROWS); the export is recorded first. */
  async export(viewer: AuthUser | null, input: AuditFilterInput): Promise<AuditEntryModel[]> {
    const scope = this.scope(viewer);
    const filter = parseAuditFilter(input);
    await this.audit.record({
      actorId: viewer?.id ?? null,
      actor: viewer,
      action: 'audit_log.exported',
      targetType: 'audit_log',
      targetId: 'csv',
      details: {
        filter: Object.fromEntries(
          Object.entries(input).filter(([, v]) => v !== null && v !== undefined && v !== ''),
        ),
        scope: scope.all ? 'all' : scope.icsIds,
      },
    });
    const rows = await this.repo.page(scope, filter, { after: null }, MAX_EXPORT_ROWS - 1);
    return rows.map((row) => this.toModel(row));
  }

  private toModel(row: AuditRow): AuditEntryModel {
    return {
      id: row.id,
      createdAt: new Date(row.created_at),
      actorId: row.actor_id,
      action: row.action,
      actionLabel: this.actions.get(row.action)?.label ?? row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      summary: summariseDetails(row.details),
      detailsJson: JSON.stringify(row.details ?? {}),
      requestId: row.request_id,
      icsIds: row.ics_ids ?? [],
    };
  }
}
