import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { OrganisationMergeRegistry } from './organisation-merge';

/** Global, like every contribution point: participants are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [OrganisationMergeRegistry],
  exports: [OrganisationMergeRegistry],
})
export class OrganisationMergeModule {}
