import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { DashboardMeasureRegistry } from './dashboard-measure';

/** Global, like every contribution point: features' contributions are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [DashboardMeasureRegistry],
  exports: [DashboardMeasureRegistry],
})
export class DashboardsModule {}
