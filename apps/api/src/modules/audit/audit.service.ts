import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { AuditActionRegistry } from './audit-actions';
import { AuditTargetScopes } from './audit-target-scopes';
import { AuditLogEntity } from './entities/audit-log.entity';

/**
 * One entry. Never put a password, token, secret, special-category answer, or
 * a person's name or email in it (entries are append-only and outlive
 * accounts): use ids.
 */
export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
  /** For a change: the fields as they were (stored as `details.before`). */
  before?: Record<string, unknown> | null;
  /** For a change: the fields as they became (stored as `details.after`). */
  after?: Record<string, unknown> | null;
  /**
   * The signed-in person acting, when the caller has them: the entry then
   * takes its request id from them and is scoped to the ICSs of their roles.
   */
  actor?: AuthUser | null;
  /** The request id, when there is no `actor` to take it from (e.g. a failed sign-in). */
  requestId?: string | null;
  /**
   * The ICSs the target belongs to (e.g. the event's or the organisation's), so
   * their ICS admins can read the entry. Nulls are ignored.
   */
  icsIds?: readonly (string | null | undefined)[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The columns an entry is stored with (exported for the unit spec). */
export function auditRow(entry: AuditEntry): {
  details: Record<string, unknown>;
  requestId: string | null;
  icsIds: string[];
} {
  const details: Record<string, unknown> = { ...(entry.details ?? {}) };
  if (entry.before !== undefined) details['before'] = entry.before;
  if (entry.after !== undefined) details['after'] = entry.after;
  const requestId = (entry.requestId ?? entry.actor?.requestId ?? null)?.slice(0, 64) ?? null;
  const ics = new Set<string>();
  for (const id of entry.icsIds ?? []) if (id && UUID.test(id)) ics.add(id.toLowerCase());
  for (const role of entry.actor?.roles ?? []) if (role.icsId) ics.add(role.icsId.toLowerCase());
  return { details, requestId, icsIds: [...ics].sort() };
}

/**
 * Appends to the audit log, inside the caller's transaction when given one.
 * Only actions a feature declared with `@AuditActions` are recorded. The table
 * refuses UPDATE, DELETE and TRUNCATE (migration audit-log-append-only).
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly actions: AuditActionRegistry,
    private readonly scopes: AuditTargetScopes,
  ) {}

  /** Throws (before writing) when the action is undeclared or declared for another target type. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    this.actions.require(entry.action, entry.targetType);
    const target = manager ?? this.db.manager;
    // The target's own ICSs (e.g. a member's organisation's), so their ICS admins see the entry.
    const targetIcs = await this.scopes.icsIdsOf(entry.targetType, entry.targetId, target);
    const { details, requestId, icsIds } = auditRow({
      ...entry,
      icsIds: [...(entry.icsIds ?? []), ...targetIcs],
    });
    await target.query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, details, request_id, ics_ids)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::uuid[])`,
      [
        entry.actorId ?? entry.actor?.id ?? null,
        entry.action,
        entry.targetType,
        entry.targetId,
        JSON.stringify(details),
        requestId,
        icsIds,
      ],
    );
  }

  recent(targetType: string, targetId: string): Promise<AuditLogEntity[]> {
    return this.db
      .getRepository(AuditLogEntity)
      .find({ where: { targetType, targetId }, order: { createdAt: 'DESC' }, take: 100 });
  }
}
