import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { MetricsController } from './metrics.controller';
import { OpsMetrics } from './ops-metrics';

/**
 * /metrics and the operational-signals contribution point (global, like every
 * contribution point). bootstrap.ts mounts httpMetricsMiddleware.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [MetricsController],
  providers: [OpsMetrics],
  exports: [OpsMetrics],
})
export class ObservabilityModule {}
