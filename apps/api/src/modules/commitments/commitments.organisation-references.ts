import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  OrganisationColumn,
  OrganisationMoveResult,
  OrganisationReferences,
} from '../../common/organisation-merge/organisation-merge';
import {
  OrganisationMergeParticipant,
  columnName,
  countReferences,
  moveReferences,
} from '../../common/organisation-merge/organisation-merge';
import { updateReturning } from '../../database/returned-rows';

const MEMBER: OrganisationColumn = {
  table: 'commitment_organisation',
  column: 'organisation_id',
  label: 'commitments',
};

/**
 * Merging organisations: commitments the duplicate was part of now name the
 * survivor; where both were named, one line is kept and it leads when either did.
 */
@OrganisationMergeParticipant({
  feature: 'commitments',
  columns: [columnName(MEMBER)],
})
@Injectable()
export class CommitmentsOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    return { [MEMBER.label]: await countReferences(MEMBER, organisationId, manager) };
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
    const merged = await updateReturning<{ commitment_id: string }>(
      manager,
      `DELETE FROM commitment_organisation d
          WHERE d.organisation_id = $1
            AND EXISTS (SELECT 1 FROM commitment_organisation s
                         WHERE s.commitment_id = d.commitment_id AND s.organisation_id = $2)
          RETURNING commitment_id`,
      [fromId, toId],
    );
    const moved = await moveReferences(MEMBER, fromId, toId, manager, 'commitment_id');
    return { moved: { [MEMBER.label]: merged.length + moved.length } };
  }
}
