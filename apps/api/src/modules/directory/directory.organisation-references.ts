import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  OrganisationMoveResult,
  OrganisationReferences,
} from '../../common/organisation-merge/organisation-merge';
import { OrganisationMergeParticipant } from '../../common/organisation-merge/organisation-merge';
import { updateReturning } from '../../database/returned-rows';

/**
 * Merging organisations, the directory's own links: the survivor belongs to
 * every ICS and place either belonged to, leads the networks either led, and
 * earlier merges into the duplicate now redirect to the survivor.
 */
@OrganisationMergeParticipant({
  feature: 'directory',
  columns: [
    'organisation_ics.organisation_id',
    'organisation_place.organisation_id',
    'network.lead_organisation_ids',
    'organisation_merge.survivor_id',
  ],
})
@Injectable()
export class DirectoryOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT (SELECT count(*) FROM organisation_ics WHERE organisation_id = $1)::int AS icss,
              (SELECT count(*) FROM organisation_place WHERE organisation_id = $1)::int AS places,
              (SELECT count(*) FROM network WHERE $1 = ANY(lead_organisation_ids))::int AS networks`,
      [organisationId],
    )) as { icss: number; places: number; networks: number }[];
    return { ICSs: row.icss, places: row.places, 'networks led': row.networks };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const icss = (await manager.query(
      `INSERT INTO organisation_ics (organisation_id, ics_id)
       SELECT $2, ics_id FROM organisation_ics WHERE organisation_id = $1
       ON CONFLICT DO NOTHING RETURNING ics_id`,
      [fromId, toId],
    )) as unknown[];
    await manager.query(`DELETE FROM organisation_ics WHERE organisation_id = $1`, [fromId]);
    const places = (await manager.query(
      `INSERT INTO organisation_place (organisation_id, place_id)
       SELECT $2, place_id FROM organisation_place WHERE organisation_id = $1
       ON CONFLICT DO NOTHING RETURNING place_id`,
      [fromId, toId],
    )) as unknown[];
    await manager.query(`DELETE FROM organisation_place WHERE organisation_id = $1`, [fromId]);
    const networks = await updateReturning<{ id: string }>(
      manager,
      `UPDATE network SET lead_organisation_ids = ARRAY(
            SELECT DISTINCT x FROM unnest(array_replace(lead_organisation_ids, $1::uuid, $2::uuid)) AS x)
          WHERE $1::uuid = ANY(lead_organisation_ids) RETURNING id`,
      [fromId, toId],
    );
    await manager.query(`UPDATE organisation_merge SET survivor_id = $2 WHERE survivor_id = $1`, [
      fromId,
      toId,
    ]);
    return { moved: { ICSs: icss.length, places: places.length, 'networks led': networks.length } };
  }
}
