import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  OrganisationMoveResult,
  OrganisationReferences,
} from '../../common/organisation-merge/organisation-merge';
import {
  OrganisationMergeParticipant,
  changedRows,
} from '../../common/organisation-merge/organisation-merge';

/**
 * Merging organisations: commitments the duplicate was part of now name the
 * survivor; where both were named, one line is kept and it leads when either did.
 */
@OrganisationMergeParticipant({
  feature: 'commitments',
  columns: ['commitment_organisation.organisation_id'],
})
@Injectable()
export class CommitmentsOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM commitment_organisation WHERE organisation_id = $1`,
      [organisationId],
    )) as { n: number }[];
    return { commitments: row.n };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    await manager.query(
      `UPDATE commitment_organisation s SET lead = s.lead OR d.lead
         FROM commitment_organisation d
        WHERE s.organisation_id = $2 AND d.organisation_id = $1 AND d.commitment_id = s.commitment_id`,
      [fromId, toId],
    );
    const merged = changedRows<{ commitment_id: string }>(
      await manager.query(
        `DELETE FROM commitment_organisation d
          WHERE d.organisation_id = $1
            AND EXISTS (SELECT 1 FROM commitment_organisation s
                         WHERE s.commitment_id = d.commitment_id AND s.organisation_id = $2)
          RETURNING commitment_id`,
        [fromId, toId],
      ),
    );
    const moved = changedRows<{ commitment_id: string }>(
      await manager.query(
        `UPDATE commitment_organisation SET organisation_id = $2 WHERE organisation_id = $1 RETURNING commitment_id`,
        [fromId, toId],
      ),
    );
    return { moved: { commitments: merged.count + moved.count } };
  }
}
