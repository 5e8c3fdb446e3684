import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { SearchIndexChanges } from './search-index-changes';
import { SearchSourceRegistry } from './search-source';

/** Global, like every contribution point: features' contributions are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [SearchSourceRegistry, SearchIndexChanges],
  exports: [SearchSourceRegistry, SearchIndexChanges],
})
export class SearchModule {}
