import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

import { MetricDirection } from '../metric.enums';

registerEnumType(MetricDirection, {
  name: 'MetricDirection',
  description: 'Whether higher or lower values are better.',
});

@ObjectType('Metric', {
  description: 'An entry in the regional metric dictionary, so figures compare across ICSs.',
})
export class MetricModel {
  @Field(() => String, { description: 'Stable key, e.g. LOCAL_RESIDENTS_INTO_JOBS.' })
  key!: string;

  @Field(() => String, { description: 'Human label.' })
  label!: string;

  @Field(() => String, { description: 'Unit, e.g. people, GBP, percent, tCO2e.' })
  unit!: string;

  @Field(() => String, { description: 'What is counted, and how.' })
  definition!: string;

  @Field(() => MetricDirection, { description: 'Whether higher or lower values are better.' })
  direction!: MetricDirection;

  @Field(() => Boolean, {
    description: 'Whether values can be compared per 100,000 residents (counts; not rates).',
  })
  perPopulation!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The 4th-purpose theme it reports on (a theme key).',
  })
  themeKey!: string | null;
}

@ObjectType('OutcomeMeasurement', { description: 'One dated, sourced value.' })
export class OutcomeMeasurementModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => MetricModel, { description: 'The metric measured.' })
  metric!: MetricModel;

  @Field(() => Float, { description: "The value, in the metric's unit." })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Baseline value, where known.' })
  baseline!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the source words the value, e.g. "more than".',
  })
  qualifier!: string | null;

  @Field(() => Boolean, {
    description:
      'A running total since the practice began (true), or a figure for its own period or point in time (false).',
  })
  cumulative!: boolean;

  @Field(() => String, {
    description: 'Date the value applies to (YYYY-MM-DD; end of the period).',
  })
  measuredOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Start of the period measured (YYYY-MM-DD), if a period.',
  })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Source document title.' })
  sourceTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Source link.' })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Note on the figure.' })
  note!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded here.' })
  createdAt!: Date;

  /** Who entered it (resolved by OutcomeMeasurementHistoryResolver). */
  createdById!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a correction replaced this figure (null while current).',
  })
  supersededAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When an editor removed this figure (null unless removed).',
  })
  removedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was removed.' })
  removalReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why this figure corrected an earlier one (corrections only).',
  })
  correctionReason!: string | null;
}

@ObjectType('OutcomeSeries', {
  description: 'The measurements of one metric over time, oldest first.',
})
export class OutcomeSeriesModel {
  @Field(() => MetricModel, { description: 'The metric.' })
  metric!: MetricModel;

  @Field(() => OutcomeMeasurementModel, {
    description: 'The latest value, with its date and source.',
  })
  latest!: OutcomeMeasurementModel;

  @Field(() => [OutcomeMeasurementModel], {
    description: 'Every measurement, oldest first (for the chart and its table).',
  })
  measurements!: OutcomeMeasurementModel[];
}
