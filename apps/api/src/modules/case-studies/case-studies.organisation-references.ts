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
  moveReferences,
} from '../../common/organisation-merge/organisation-merge';

const OWN: OrganisationColumn = {
  table: 'case_study',
  column: 'organisation_id',
  label: 'case studies',
};
const PARTNER: OrganisationColumn = {
  table: 'case_study_partner',
  column: 'organisation_id',
  label: 'case study partnerships',
};

/**
 * Merging organisations: case studies move to the survivor; a partner line
 * naming the duplicate on a case study that already names the survivor is
 * dropped (one line per partner).
 */
@OrganisationMergeParticipant({
  feature: 'case-studies',
  columns: [columnName(OWN), columnName(PARTNER)],
})
@Injectable()
export class CaseStudiesOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT (SELECT count(*) FROM case_study WHERE organisation_id = $1)::int AS own,
              (SELECT count(*) FROM case_study_partner WHERE organisation_id = $1)::int AS partner`,
      [organisationId],
    )) as { own: number; partner: number }[];
    return { 'case studies': row.own, 'case study partnerships': row.partner };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const own = await moveReferences(OWN, fromId, toId, manager);
    await manager.query(
      `DELETE FROM case_study_partner d
        WHERE d.organisation_id = $1
          AND EXISTS (SELECT 1 FROM case_study_partner s
                       WHERE s.case_study_id = d.case_study_id AND s.organisation_id = $2)`,
      [fromId, toId],
    );
    const partner = await moveReferences(PARTNER, fromId, toId, manager, 'case_study_id');
    return {
      moved: { [OWN.label]: own.length, [PARTNER.label]: partner.length },
      searchChanged: { CASE_STUDY: [...own, ...partner] },
    };
  }
}
