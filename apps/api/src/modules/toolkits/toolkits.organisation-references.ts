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

/** Merging organisations: toolkits the duplicate owned are now owned by the survivor. */
@OrganisationMergeParticipant({ feature: 'toolkits', columns: ['toolkit.owner_organisation_id'] })
@Injectable()
export class ToolkitsOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM toolkit WHERE owner_organisation_id = $1`,
      [organisationId],
    )) as { n: number }[];
    return { toolkits: row.n };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const moved = changedRows<{ id: string }>(
      await manager.query(
        `UPDATE toolkit SET owner_organisation_id = $2 WHERE owner_organisation_id = $1 RETURNING id`,
        [fromId, toId],
      ),
    );
    return {
      moved: { toolkits: moved.count },
      searchChanged: { TOOLKIT: moved.rows.map((r) => r.id) },
    };
  }
}
