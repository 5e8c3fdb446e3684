import { Module } from '@nestjs/common';

import { DirectoryRepository } from './directory.repository';
import {
  IcsResolver,
  NetworkResolver,
  OrganisationsResolver,
  PlaceResolver,
} from './directory.resolver';
import { OrganisationsSearchSource } from './directory.search-source';
import { DirectoryService } from './directory.service';
import { DirectoryLoadersContribution } from './loaders/directory.loaders.contribution';
import { DirectoryAuditActions } from './directory.audit-actions';
import { DirectoryOrganisationReferences } from './directory.organisation-references';
import { DirectoryPersonalData } from './directory.personal-data';
import { OrganisationAdminRepository } from './organisation-admin.repository';
import { OrganisationMergeResolver, ReferenceDataResolver } from './organisation-admin.resolver';
import { OrganisationMergeService } from './organisation-merge.service';
import { ReferenceDataService } from './reference-data.service';

@Module({
  providers: [
    DirectoryPersonalData,
    DirectoryAuditActions,
    DirectoryLoadersContribution,
    DirectoryRepository,
    DirectoryService,
    IcsResolver,
    PlaceResolver,
    NetworkResolver,
    OrganisationsResolver,
    OrganisationsSearchSource,
    DirectoryOrganisationReferences,
    OrganisationAdminRepository,
    OrganisationMergeService,
    OrganisationMergeResolver,
    ReferenceDataService,
    ReferenceDataResolver,
  ],
  exports: [DirectoryService, DirectoryRepository],
})
export class DirectoryModule {}
