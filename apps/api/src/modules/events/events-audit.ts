import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import type { AuditEntry } from '../audit/audit.service';
import { AuditService } from '../audit/audit.service';
import { DirectoryRepository } from '../directory/directory.repository';

/**
 * Writes events' audit entries (events.audit-actions.ts), scoped to the ICSs
 * the event is aimed at so their ICS admins can read them.
 */
@Injectable()
export class EventsAudit {
  constructor(
    private readonly audit: AuditService,
    private readonly directory: DirectoryRepository,
  ) {}

  async record(
    actor: AuthUser | null,
    entry: Omit<AuditEntry, 'actorId' | 'actor' | 'icsIds'>,
    event: { icsOdsCodes: readonly string[] },
    manager?: EntityManager,
  ): Promise<void> {
    const icss = event.icsOdsCodes.length
      ? await this.directory.findIcssByOdsCodes(event.icsOdsCodes)
      : [];
    await this.audit.record(
      { ...entry, actorId: actor?.id ?? null, actor, icsIds: icss.map((i) => i.id) },
      manager,
    );
  }
}
