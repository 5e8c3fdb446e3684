import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  OrganisationMoveResult,
  OrganisationReferences,
} from '../../common/organisation-merge/organisation-merge';
import { OrganisationMergeParticipant } from '../../common/organisation-merge/organisation-merge';
import { updateReturning } from '../../database/returned-rows';

/**
 * Merging organisations: members move to the survivor (a person has one
 * organisation, so a person cannot be a member twice), and decided requests
 * point at the survivor. Verification stays as it was.
 */
@OrganisationMergeParticipant({
  feature: 'users',
  columns: ['app_user.organisation_id', 'organisation_request.organisation_id'],
})
@Injectable()
export class UsersOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT (SELECT count(*) FROM app_user WHERE organisation_id = $1)::int AS members,
              (SELECT count(*) FROM organisation_request WHERE organisation_id = $1)::int AS requests`,
      [organisationId],
    )) as { members: number; requests: number }[];
    return { members: row.members, 'organisation requests': row.requests };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const members = await updateReturning<{ id: string }>(
      manager,
      `UPDATE app_user SET organisation_id = $2, updated_at = now() WHERE organisation_id = $1 RETURNING id`,
      [fromId, toId],
    );
    const requests = await updateReturning<{ id: string }>(
      manager,
      `UPDATE organisation_request SET organisation_id = $2 WHERE organisation_id = $1 RETURNING id`,
      [fromId, toId],
    );
    return {
      moved: { members: members.length, 'organisation requests': requests.length },
      searchChanged: { PERSON: members.map((r) => r.id) },
    };
  }
}
