import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditTargetScope } from '../audit/audit-target-scopes';
import type { AuditTargetScopeSource } from '../audit/audit-target-scopes';
import { DirectoryRepository } from '../directory/directory.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Entries about a person (their role change, suspension, membership, sign-in,
 * privacy request…) are in the ICSs of their organisation, so the ICS admins
 * of that ICS can read them (issue #15).
 */
@AuditTargetScope({ targetType: 'user' })
@Injectable()
export class UsersAuditScope implements AuditTargetScopeSource {
  constructor(private readonly directory: DirectoryRepository) {}

  async icsIdsOf(userId: string, manager: EntityManager): Promise<readonly string[]> {
    if (!UUID.test(userId)) return [];
    const rows = (await manager.query(
      'SELECT organisation_id AS "organisationId" FROM app_user WHERE id = $1',
      [userId],
    )) as { organisationId: string | null }[];
    const organisationId = rows[0]?.organisationId;
    if (!organisationId) return [];
    const links = await this.directory.findIcsLinks([organisationId]);
    return links.map((link) => link.icsId);
  }
}
