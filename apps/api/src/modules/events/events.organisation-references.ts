import { Injectable } from '@nestjs/common';

import type { OrganisationColumn } from '../../common/organisation-merge/organisation-merge';
import {
  ColumnOrganisationReferences,
  OrganisationMergeParticipant,
  columnName,
} from '../../common/organisation-merge/organisation-merge';

const ORGANISER: OrganisationColumn = {
  table: 'event',
  column: 'organiser_organisation_id',
  label: 'events',
  searchType: 'EVENT',
};

/** Merging organisations: events the duplicate organised are now organised by the survivor. */
@OrganisationMergeParticipant({ feature: 'events', columns: [columnName(ORGANISER)] })
@Injectable()
export class EventsOrganisationReferences extends ColumnOrganisationReferences {
  protected readonly ref = ORGANISER;
}
