import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { WatchedItems } from './watched-items';

/** Global, like every contribution point: features' sources are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [WatchedItems],
  exports: [WatchedItems],
})
export class WatchingModule {}
