import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { conflict } from '../../common/errors/domain.exception';
import type {
  OrganisationColumn,
  OrganisationMoveResult,
} from '../../common/organisation-merge/organisation-merge';
import {
  ColumnOrganisationReferences,
  OrganisationMergeParticipant,
  columnName,
} from '../../common/organisation-merge/organisation-merge';

const ADOPTER: OrganisationColumn = {
  table: 'adoption',
  column: 'organisation_id',
  label: 'adoptions',
  searchType: 'ADOPTION',
};

/**
 * Merging organisations: adoptions move to the survivor. When both adopted
 * the same case study the merge is refused (each adoption has its own stages,
 * adaptations and outcome figures, which cannot be combined without loss).
 */
@OrganisationMergeParticipant({ feature: 'adoptions', columns: [columnName(ADOPTER)] })
@Injectable()
export class AdoptionsOrganisationReferences extends ColumnOrganisationReferences {
  protected readonly ref = ADOPTER;

  override async moveOrganisation(
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
    return super.moveOrganisation(fromId, toId, manager);
  }
}
