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
 * Merging organisations: case studies move to the survivor; a partner line
 * naming the duplicate on a case study that already names the survivor is
 * dropped (one line per partner).
 */
@OrganisationMergeParticipant({
  feature: 'case-studies',
  columns: ['case_study.organisation_id', 'case_study_partner.organisation_id'],
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
    const own = changedRows<{ id: string }>(
      await manager.query(
        `UPDATE case_study SET organisation_id = $2 WHERE organisation_id = $1 RETURNING id`,
        [fromId, toId],
      ),
    );
    await manager.query(
      `DELETE FROM case_study_partner d
        WHERE d.organisation_id = $1
          AND EXISTS (SELECT 1 FROM case_study_partner s
                       WHERE s.case_study_id = d.case_study_id AND s.organisation_id = $2)`,
      [fromId, toId],
    );
    const partner = changedRows<{ case_study_id: string }>(
      await manager.query(
        `UPDATE case_study_partner SET organisation_id = $2 WHERE organisation_id = $1 RETURNING case_study_id`,
        [fromId, toId],
      ),
    );
    return {
      moved: { 'case studies': own.count, 'case study partnerships': partner.count },
      searchChanged: {
        CASE_STUDY: [...own.rows.map((r) => r.id), ...partner.rows.map((r) => r.case_study_id)],
      },
    };
  }
}
