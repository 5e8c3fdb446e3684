import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { DashboardRegistry } from './dashboard-measure';

/** Global, like every contribution point: features' contributions are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [DashboardRegistry],
  exports: [DashboardRegistry],
})
export class DashboardsModule {}
