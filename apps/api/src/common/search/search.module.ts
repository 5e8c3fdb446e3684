import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { SearchSourceRegistry } from './search-source';

/** Global, like every contribution point: features' contributions are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [SearchSourceRegistry],
  exports: [SearchSourceRegistry],
})
export class SearchModule {}
