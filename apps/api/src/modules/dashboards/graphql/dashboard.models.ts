import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

import { IcsModel } from '../../directory/graphql/directory.models';

@ObjectType('DashboardPeriod', { description: 'The period a dashboard covers.' })
export class DashboardPeriodModel {
  @Field(() => Int, {
    nullable: true,
    description: 'Financial year (start year); null for all time.',
  })
  financialYear!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Quarter 1 to 4; null for the whole year or all time.',
  })
  quarter!: number | null;

  @Field(() => String, { description: 'e.g. "2024/25 Q2 (Jul to Sep 2024)" or "All years".' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day (YYYY-MM-DD); null for all time.',
  })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); null for all time.' })
  to!: string | null;
}

@ObjectType('DashboardMeasure', {
  description: "One measure's value for an ICS (or the region), with how it is calculated.",
})
export class DashboardMeasureModel {
  @Field(() => String, { description: 'Stable key, e.g. outcomes.LOCAL_RESIDENTS_INTO_JOBS.' })
  key!: string;

  @Field(() => String, { description: 'OUTCOMES, PRACTICE, PARTICIPATION or COMMITMENTS.' })
  group!: string;

  @Field(() => String) label!: string;

  @Field(() => String, { description: 'people, GBP, percent, tCO2e, count…' })
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The 4th-purpose theme (key) it reports on.',
  })
  themeKey!: string | null;

  @Field(() => String, { description: 'How the figure is calculated, in words.' })
  aggregation!: string;

  @Field(() => Boolean, { description: 'A count that can be compared per 100,000 residents.' })
  perPopulation!: boolean;

  @Field(() => Float, { nullable: true, description: 'The value; null when there is no data.' })
  value!: number | null;

  @Field(() => Boolean, {
    description: 'A lower bound: a "more than" figure went into it (show "at least").',
  })
  atLeast!: boolean;

  @Field(() => Int, { description: 'How many records it was computed from.' })
  basis!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Per 100,000 residents (counts with a known population only).',
  })
  per100k!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the figures behind the total are listed.',
  })
  figuresUrl!: string | null;
}

@ObjectType('DashboardFigure', { description: 'A figure shown large.' })
export class DashboardFigureModel {
  @Field(() => String) label!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String) unit!: string;
  @Field(() => Boolean) atLeast!: boolean;
  @Field(() => String, { nullable: true }) href!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('DashboardCell', {
  description: 'A table cell: its text, and its number for numeric columns.',
})
export class DashboardCellModel {
  @Field(() => String) text!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true }) href!: string | null;
}

@ObjectType('DashboardColumn')
export class DashboardColumnModel {
  @Field(() => String) label!: string;
  @Field(() => Boolean) numeric!: boolean;
}

@ObjectType('DashboardRow')
export class DashboardRowModel {
  @Field(() => [DashboardCellModel]) cells!: DashboardCellModel[];
}

@ObjectType('DashboardTable', { description: 'A table of figures (also every chart’s numbers).' })
export class DashboardTableModel {
  @Field(() => String) caption!: string;
  @Field(() => [DashboardColumnModel]) columns!: DashboardColumnModel[];
  @Field(() => [DashboardRowModel]) rows!: DashboardRowModel[];
  @Field(() => String, { description: 'Shown when there are no rows.' }) empty!: string;
}

@ObjectType('DashboardSeries')
export class DashboardSeriesModel {
  @Field(() => String) label!: string;
  @Field(() => [Float], { nullable: 'items' }) values!: (number | null)[];
}

@ObjectType('DashboardChart', {
  description: 'A chart, drawn as SVG, with a text summary; its numbers are also given as a table.',
})
export class DashboardChartModel {
  @Field(() => String) caption!: string;
  @Field(() => String, { description: 'BAR or LINE.' }) kind!: string;
  @Field(() => String) unit!: string;
  @Field(() => [String]) categories!: string[];
  @Field(() => [DashboardSeriesModel]) series!: DashboardSeriesModel[];
  @Field(() => String) summary!: string;
}

@ObjectType('DashboardSection', {
  description: 'A block of an ICS dashboard, contributed by a feature.',
})
export class DashboardSectionModel {
  @Field(() => String) key!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [DashboardFigureModel]) figures!: DashboardFigureModel[];
  @Field(() => [DashboardTableModel]) tables!: DashboardTableModel[];
  @Field(() => [DashboardChartModel]) charts!: DashboardChartModel[];
}

@ObjectType('IcsDashboard', { description: "One ICS's 4th-purpose dashboard for a period." })
export class IcsDashboardModel {
  @Field(() => IcsModel) ics!: IcsModel;
  @Field(() => DashboardPeriodModel) period!: DashboardPeriodModel;
  @Field(() => String, { nullable: true, description: 'The theme filter (key), if any.' })
  themeKey!: string | null;

  @Field(() => [DashboardMeasureModel], {
    description:
      'Headline outcome measures, by theme: every metric with data, and the headline metrics even without.',
  })
  headlines!: DashboardMeasureModel[];

  @Field(() => [DashboardMeasureModel], {
    description: 'Every other measure (practice, participation, commitments).',
  })
  measures!: DashboardMeasureModel[];

  @Field(() => [DashboardSectionModel]) sections!: DashboardSectionModel[];

  @Field(() => [String], { description: 'How these figures are calculated.' })
  aggregationRules!: string[];

  @Field(() => GraphQLISODateTime) generatedAt!: Date;
}

@ObjectType('RegionIcsValue', { description: "One ICS's value of a measure." })
export class RegionIcsValueModel {
  @Field(() => IcsModel) ics!: IcsModel;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Boolean) atLeast!: boolean;
  @Field(() => Int) basis!: number;
  @Field(() => Float, { nullable: true }) per100k!: number | null;
  @Field(() => String, { nullable: true }) figuresUrl!: string | null;
}

@ObjectType('RegionMeasure', {
  description: 'A measure for all 11 ICSs side by side, and the region.',
})
export class RegionMeasureModel {
  @Field(() => String) key!: string;
  @Field(() => String) group!: string;
  @Field(() => String) label!: string;
  @Field(() => String) unit!: string;
  @Field(() => String, { nullable: true }) themeKey!: string | null;
  @Field(() => String) aggregation!: string;
  @Field(() => Boolean) perPopulation!: boolean;
  @Field(() => [RegionIcsValueModel]) icss!: RegionIcsValueModel[];
  @Field(() => Float, { nullable: true, description: 'Region total.' }) regionValue!: number | null;
  @Field(() => Boolean) regionAtLeast!: boolean;
  @Field(() => Int) regionBasis!: number;
  @Field(() => Float, { nullable: true }) regionPer100k!: number | null;
}

@ObjectType('RegionDashboard', { description: 'All 11 ICSs side by side on the same measures.' })
export class RegionDashboardModel {
  @Field(() => DashboardPeriodModel) period!: DashboardPeriodModel;
  @Field(() => Int, { description: 'Region population (ONS Census 2021).' }) population!: number;
  @Field(() => [RegionMeasureModel]) measures!: RegionMeasureModel[];
  @Field(() => RegionMeasureModel, {
    nullable: true,
    description: 'The chosen measure (metricKey), or the first with data.',
  })
  selected!: RegionMeasureModel | null;
  @Field(() => [String]) aggregationRules!: string[];
  @Field(() => GraphQLISODateTime) generatedAt!: Date;
}
