import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  OrganisationMoveResult,
  OrganisationReferences,
} from '../../common/organisation-merge/organisation-merge';
import { OrganisationMergeParticipant } from '../../common/organisation-merge/organisation-merge';

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
    const members = (await manager.query(
      `UPDATE app_user SET organisation_id = $2, updated_at = now() WHERE organisation_id = $1 RETURNING id`,
      [fromId, toId],
    )) as [{ id: string }[], number];
    const requests = (await manager.query(
      `UPDATE organisation_request SET organisation_id = $2 WHERE organisation_id = $1 RETURNING id`,
      [fromId, toId],
    )) as [{ id: string }[], number];
    return {
      moved: { members: members[1], 'organisation requests': requests[1] },
      searchChanged: { PERSON: members[0].map((r) => r.id) },
    };
  }
}
