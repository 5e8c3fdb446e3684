import { Module } from '@nestjs/common';

import { ClockModule } from '../../common/clock/clock';
import { DirectoryModule } from '../directory/directory.module';
import { DashboardsResolver } from './dashboards.resolver';
import { DashboardsService } from './dashboards.service';

/**
 * ICS and regional dashboards, assembled from the features' `@DashboardMeasures`
 * and `@DashboardSection` contributions (common/dashboards); knows no feature.
 */
@Module({
  imports: [DirectoryModule, ClockModule],
  providers: [DashboardsService, DashboardsResolver],
  exports: [DashboardsService],
})
export class DashboardsFeatureModule {}
