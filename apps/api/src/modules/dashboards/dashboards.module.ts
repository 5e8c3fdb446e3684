import { Module } from '@nestjs/common';

import { ClockModule } from '../../common/clock/clock';
import { DirectoryModule } from '../directory/directory.module';
import { BoardPackAccess } from './board-packs/board-pack-access';
import { BoardPackGenerator } from './board-packs/board-pack-generator';
import { BoardPacksAuditActions } from './board-packs/board-packs.audit-actions';
import { BoardPacksRepository } from './board-packs/board-packs.repository';
import { BoardPacksController } from './board-packs/board-packs.controller';
import { BoardPacksResolver } from './board-packs/board-packs.resolver';
import { BoardPacksService } from './board-packs/board-packs.service';
import { DashboardCache } from './dashboard-cache';
import { DashboardsResolver } from './dashboards.resolver';
import { DashboardsService } from './dashboards.service';
import { DashboardsPersonalData } from './dashboards.personal-data';

/**
 * ICS and regional dashboards, assembled from the features' `@DashboardMeasures`
 * and `@DashboardSection` contributions (common/dashboards); knows no feature.
 */
@Module({
  imports: [DirectoryModule, ClockModule],
  controllers: [BoardPacksController],
  providers: [
    DashboardsPersonalData,
    DashboardsService,
    DashboardCache,
    DashboardsResolver,
    BoardPacksService,
    BoardPacksRepository,
    BoardPackAccess,
    BoardPackGenerator,
    BoardPacksResolver,
    BoardPacksAuditActions,
  ],
  exports: [DashboardsService],
})
export class DashboardsFeatureModule {}
