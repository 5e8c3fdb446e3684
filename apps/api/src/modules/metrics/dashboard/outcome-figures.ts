import { Injectable } from '@nestjs/common';
import { Args, Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../../common/auth/public.decorator';
import { Clock } from '../../../common/clock/clock';
import { PeriodInput, periodChoiceOf } from '../../../common/dashboards/period.input';
import { periodChoiceError, periodLabel, periodOf } from '../../../common/dashboards/period';
import { badInput, notFound } from '../../../common/errors/domain.exception';
import { DirectoryRepository } from '../../directory/directory.repository';
import type { MetricEntity } from '../entities/metric.entity';
import { MetricModel, OutcomeMeasurementModel } from '../graphql/metric.model';
import { toMetricModel } from '../metrics.mapper';
import { combine, countedFigures, isRate, practiceKeyOf } from './outcome-aggregation';
import type { FigureRow } from './outcome-aggregation';
import { OutcomeDashboardRepository } from './outcome-dashboard.repository';
import { OutcomePracticesService } from './outcome-practices.service';

@ObjectType('OutcomeFigure', {
  description: 'A figure counted in a dashboard total, with the practice it belongs to.',
})
export class OutcomeFigureModel {
  @Field(() => OutcomeMeasurementModel) measurement!: OutcomeMeasurementModel;
  @Field(() => String, { description: 'The case study, or the adoption of one.' })
  practiceTitle!: string;
  @Field(() => String) practiceUrl!: string;
  @Field(() => String, { nullable: true, description: 'The ICS it counts for (ODS code).' })
  icsOdsCode!: string | null;
}

@ObjectType('OutcomeFigures', { description: 'The figures behind a dashboard total.' })
export class OutcomeFiguresModel {
  @Field(() => MetricModel) metric!: MetricModel;
  @Field(() => String) periodLabel!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The ICS (ODS code), or null for the region.',
  })
  icsOdsCode!: string | null;
  @Field(() => String, { nullable: true }) icsName!: string | null;
  @Field(() => Boolean, { description: 'Running totals (true) or in-period figures (false).' })
  cumulative!: boolean;
  @Field(() => Float, { nullable: true }) total!: number | null;
  @Field(() => Boolean) atLeast!: boolean;
  @Field(() => Int) basis!: number;
  @Field(() => [OutcomeFigureModel]) figures!: OutcomeFigureModel[];
}

const toModel = (f: FigureRow, metric: MetricEntity): OutcomeMeasurementModel => ({
  id: f.id,
  metric: toMetricModel(metric),
  value: f.value,
  baseline: null,
  qualifier: f.qualifier,
  measuredOn: f.measuredOn,
  cumulative: f.cumulative,
  periodStart: f.periodStart,
  sourceTitle: f.sourceTitle,
  sourceUrl: f.sourceUrl,
  note: null,
  createdAt: f.createdAt,
  createdById: null,
  supersededAt: null,
  removedAt: null,
  removalReason: null,
  correctionReason: null,
});

/** The figures behind a dashboard total, by the same rules (`outcome-aggregation.ts`). */
@Injectable()
@Resolver()
export class OutcomeFiguresResolver {
  constructor(
    private readonly figures: OutcomeDashboardRepository,
    private readonly practices: OutcomePracticesService,
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => OutcomeFiguresModel, {
    description:
      'The figures counted in a dashboard total: one metric, for an ICS (or the region) and a period.',
  })
  async outcomeFigures(
    @Args('metricKey', { type: () => String }) metricKey: string,
    @Args('icsOdsCode', { type: () => String, nullable: true }) icsOdsCode?: string | null,
    @Args('period', { type: () => PeriodInput, nullable: true }) period?: PeriodInput | null,
    @Args('themeKey', { type: () => String, nullable: true }) themeKey?: string | null,
    @Args('cumulative', { type: () => Boolean, nullable: true }) cumulative?: boolean | null,
  ): Promise<OutcomeFiguresModel> {
    const choice = periodChoiceOf(period);
    if (choice) {
      const error = periodChoiceError(choice, this.clock.now());
      if (error) throw badInput(error, 'period');
    }
    const metric = await this.figures.findMetric(metricKey.slice(0, 60));
    if (!metric) throw notFound('Metric');
    const ics = icsOdsCode ? await this.directory.findIcsByOdsCode(icsOdsCode.toUpperCase()) : null;
    if (icsOdsCode && !ics) throw notFound('ICS');
    const range = choice ? periodOf(choice) : null;
    const [rows, practices] = await Promise.all([
      this.figures.figuresFor(range, metric.key),
      this.practices.practices(themeKey ?? null),
    ]);
    const counted = countedFigures(rows, practices, range, cumulative ?? false)
      .filter((f) => !ics || practices.get(practiceKeyOf(f))?.icsOdsCode === ics.odsCode)
      .sort((a, b) => b.value - a.value || a.measuredOn.localeCompare(b.measuredOn));
    const total = combine(counted, isRate(metric.unit));
    return {
      metric: toMetricModel(metric),
      periodLabel: periodLabel(choice),
      icsOdsCode: ics?.odsCode ?? null,
      icsName: ics?.shortName ?? null,
      cumulative: cumulative ?? false,
      total: total.value,
      atLeast: total.atLeast,
      basis: total.basis,
      figures: counted.map((f) => {
        const practice = practices.get(practiceKeyOf(f));
        return {
          measurement: toModel(f, metric),
          practiceTitle: practice?.title ?? '',
          practiceUrl: practice?.url ?? '',
          icsOdsCode: practice?.icsOdsCode ?? null,
        };
      }),
    };
  }
}
