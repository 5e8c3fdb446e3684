import { Module } from '@nestjs/common';

import { DirectoryRepository } from './directory.repository';
import {
  IcsResolver,
  NetworkResolver,
  OrganisationsResolver,
  PlaceResolver,
} from './directory.resolver';
import { DirectoryService } from './directory.service';

@Module({
  providers: [
    DirectoryRepository,
    DirectoryService,
    IcsResolver,
    PlaceResolver,
    NetworkResolver,
    OrganisationsResolver,
  ],
  exports: [DirectoryService, DirectoryRepository],
})
export class DirectoryModule {}
