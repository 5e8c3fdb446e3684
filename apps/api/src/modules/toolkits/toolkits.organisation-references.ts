import { Injectable } from '@nestjs/common';

import type { OrganisationColumn } from '../../common/organisation-merge/organisation-merge';
import {
  ColumnOrganisationReferences,
  OrganisationMergeParticipant,
  columnName,
} from '../../common/organisation-merge/organisation-merge';

const OWNER: OrganisationColumn = {
  table: 'toolkit',
  column: 'owner_organisation_id',
  label: 'toolkits',
  searchType: 'TOOLKIT',
};

/** Merging organisations: toolkits the duplicate owned are now owned by the survivor. */
@OrganisationMergeParticipant({ feature: 'toolkits', columns: [columnName(OWNER)] })
@Injectable()
export class ToolkitsOrganisationReferences extends ColumnOrganisationReferences {
  protected readonly ref = OWNER;
}
