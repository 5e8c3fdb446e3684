import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { FeedSourceRegistry } from './feed-source';

/** Global, like every contribution point: features' contributions are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [FeedSourceRegistry],
  exports: [FeedSourceRegistry],
})
export class FeedModule {}
