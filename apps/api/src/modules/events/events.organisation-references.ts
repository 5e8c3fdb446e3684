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

/** Merging organisations: events the duplicate organised are now organised by the survivor. */
@OrganisationMergeParticipant({ feature: 'events', columns: ['event.organiser_organisation_id'] })
@Injectable()
export class EventsOrganisationReferences implements OrganisationReferences {
  async count(organisationId: string, manager: EntityManager): Promise<Record<string, number>> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM event WHERE organiser_organisation_id = $1`,
      [organisationId],
    )) as { n: number }[];
    return { events: row.n };
  }

  async moveOrganisation(
    fromId: string,
    toId: string,
    manager: EntityManager,
  ): Promise<OrganisationMoveResult> {
    const moved = changedRows<{ id: string }>(
      await manager.query(
        `UPDATE event SET organiser_organisation_id = $2 WHERE organiser_organisation_id = $1 RETURNING id`,
        [fromId, toId],
      ),
    );
    return {
      moved: { events: moved.count },
      searchChanged: { EVENT: moved.rows.map((r) => r.id) },
    };
  }
}
