import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { conflict } from '../../common/errors/domain.exception';
import type {
  OrganisationMoveResult,
  OrganisationReferences,
} from '../../common/organisation-merge/organisation-merge';
import {
  OrganisationMergeParticipant,
  changedRows,
} from '../../common/organisation-merge/organisation-merge';

/**
 * Merging organisations: adoptions move to the survivor. When both adopted
 * the same case study the merge is refused (each adoption has its own stages,
 * adaptations and outcome figures, which cannot be combined without loss).
 */
@OrganisationMergeParticipant({ feature: 'adoptions', columns: ['adoption.organisation_id'] })
@Injectable()
export class AdoptionsOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM adoption WHERE organisation_id = $1`,
      [organisationId],
    )) as { n: number }[];
    return { adoptions: row.n };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const both = (await manager.query(
      `SELECT count(*)::int AS n FROM adoption d
         JOIN adoption s ON s.case_study_id = d.case_study_id AND s.organisation_id = $2
        WHERE d.organisation_id = $1`,
      [fromId, toId],
    )) as { n: number }[];
    if (both[0].n > 0) {
      throw conflict(
        `Both organisations adopted the same case study (${both[0].n} in all). Withdraw one of each pair of adoptions, then merge.`,
      );
    }
    const moved = changedRows<{ id: string }>(
      await manager.query(
        `UPDATE adoption SET organisation_id = $2 WHERE organisation_id = $1 RETURNING id`,
        [fromId, toId],
      ),
    );
    return {
      moved: { adoptions: moved.count },
      searchChanged: { ADOPTION: moved.rows.map((r) => r.id) },
    };
  }
}
