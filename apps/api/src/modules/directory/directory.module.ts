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

@Module({
  providers: [
    DirectoryAuditActions,
    DirectoryLoadersContribution,
    DirectoryRepository,
    DirectoryService,
    IcsResolver,
    PlaceResolver,
    NetworkResolver,
    OrganisationsResolver,
    OrganisationsSearchSource,
  ],
  exports: [DirectoryService, DirectoryRepository],
})
export class DirectoryModule {}
