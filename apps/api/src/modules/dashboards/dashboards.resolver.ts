import { Args, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/public.decorator';
import { PeriodInput, periodChoiceOf } from '../../common/dashboards/period.input';
import { IcsDashboardModel, RegionDashboardModel } from './graphql/dashboard.models';
import { toIcsDashboardModel, toRegionDashboardModel } from './dashboards.mapper';
import { DashboardsService } from './dashboards.service';

@Resolver()
export class DashboardsResolver {
  constructor(private readonly dashboards: DashboardsService) {}

  @Public()
  @Query(() => IcsDashboardModel, {
    description:
      "An ICS's 4th-purpose dashboard: headline outcomes by theme, practice and spread, participation and commitments, from published work only.",
  })
  async icsDashboard(
    @Args('odsCode', { type: () => String }) odsCode: string,
    @Args('period', { type: () => PeriodInput, nullable: true }) period?: PeriodInput | null,
    @Args('themeKey', { type: () => String, nullable: true }) themeKey?: string | null,
  ): Promise<IcsDashboardModel> {
    return toIcsDashboardModel(
      await this.dashboards.ics(odsCode, {
        period: periodChoiceOf(period),
        themeKey: themeKey ?? null,
      }),
    );
  }

  @Public()
  @Query(() => RegionDashboardModel, {
    description:
      'All 11 ICSs side by side on the same measures, per 100,000 residents, with region totals.',
  })
  async regionDashboard(
    @Args('period', { type: () => PeriodInput, nullable: true }) period?: PeriodInput | null,
    @Args('metricKey', {
      type: () => String,
      nullable: true,
      description:
        'The measure to map: a measure key (outcomes.LOCAL_RESIDENTS_INTO_JOBS) or a metric key.',
    })
    metricKey?: string | null,
    @Args('themeKey', { type: () => String, nullable: true }) themeKey?: string | null,
  ): Promise<RegionDashboardModel> {
    return toRegionDashboardModel(
      await this.dashboards.region(
        { period: periodChoiceOf(period), themeKey: themeKey ?? null },
        metricKey ?? null,
      ),
    );
  }
}
