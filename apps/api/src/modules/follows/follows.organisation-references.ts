import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  OrganisationMoveResult,
  OrganisationReferences,
} from '../../common/organisation-merge/organisation-merge';
import { OrganisationMergeParticipant } from '../../common/organisation-merge/organisation-merge';
import { updateReturning } from '../../database/returned-rows';
import { FollowTargetType } from './follows.constants';

/**
 * Merging organisations: people following the duplicate now follow the
 * survivor; someone who followed both keeps the follow they had of the survivor.
 */
@OrganisationMergeParticipant({ feature: 'follows', columns: ['follow.target_id[ORGANISATION]'] })
@Injectable()
export class FollowsOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM follow WHERE target_type = $1 AND target_id = $2`,
      [FollowTargetType.ORGANISATION, organisationId],
    )) as { n: number }[];
    return { follows: row.n };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const both = await updateReturning<{ user_id: string }>(
      manager,
      `DELETE FROM follow d
          WHERE d.target_type = $1 AND d.target_id = $2
            AND EXISTS (SELECT 1 FROM follow s
                         WHERE s.user_id = d.user_id AND s.target_type = $1 AND s.target_id = $3)
          RETURNING user_id`,
      [FollowTargetType.ORGANISATION, fromId, toId],
    );
    const moved = await updateReturning<{ user_id: string }>(
      manager,
      `UPDATE follow SET target_id = $3, updated_at = now()
          WHERE target_type = $1 AND target_id = $2 RETURNING user_id`,
      [FollowTargetType.ORGANISATION, fromId, toId],
    );
    return { moved: { follows: both.length + moved.length } };
  }
}
