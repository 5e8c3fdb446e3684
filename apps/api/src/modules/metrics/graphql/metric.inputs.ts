import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

import { MetricDirection } from '../metric.enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType('AddOutcomeMeasurementInput', {
  description:
    'A dated, sourced value for a case study or an adoption (give exactly one of caseStudyId, adoptionId).',
})
export class AddOutcomeMeasurementInput {
  @Field(() => ID, { nullable: true, description: 'The case study (origin series).' })
  @IsOptional()
  caseStudyId?: string;

  @Field(() => ID, { nullable: true, description: 'The adoption (adopter series).' })
  @IsOptional()
  adoptionId?: string;

  @Field(() => String, { description: 'Metric key from the dictionary.' })
  @Matches(/^[A-Z0-9_]{2,60}$/, {
    message: 'metricKey must be a metric key such as LOCAL_RESIDENTS_INTO_JOBS',
  })
  metricKey!: string;

  @Field(() => Float, { description: 'The value.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Baseline, where known.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Qualifier as the source words it, e.g. "more than".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  qualifier?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A running total since the practice began, rather than a figure for its own period (default false). Cumulative figures are never added to in-period ones.',
  })
  @IsOptional()
  @IsBoolean()
  cumulative?: boolean;

  @Field(() => String, { description: 'Date the value applies to (YYYY-MM-DD).' })
  @Matches(DATE, { message: 'measuredOn must be a date as YYYY-MM-DD' })
  measuredOn!: string;

  @Field(() => String, { nullable: true, description: 'Start of the period (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE, { message: 'periodStart must be a date as YYYY-MM-DD' })
  periodStart?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Source document title (a source title or link is required).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  sourceTitle?: string;

  @Field(() => String, { nullable: true, description: 'Source link (http or https).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(1000)
  sourceUrl?: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType('UpsertMetricInput', { description: 'A metric dictionary entry (regional admins).' })
export class UpsertMetricInput {
  @Field(() => String, { description: 'Stable key.' })
  @Matches(/^[A-Z0-9_]{2,60}$/, {
    message: 'key must be upper-case letters, digits and underscores',
  })
  key!: string;

  @Field(() => String, { description: 'Human label.' })
  @IsString()
  @Length(2, 200)
  label!: string;

  @Field(() => String, { description: 'Unit.' })
  @IsString()
  @Length(1, 40)
  unit!: string;

  @Field(() => String, { description: 'Definition.' })
  @IsString()
  @Length(5, 2000)
  definition!: string;

  @Field(() => MetricDirection, { description: 'Whether higher or lower is better.' })
  @IsEnum(MetricDirection)
  direction!: MetricDirection;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Comparable per 100,000 residents (default false).',
  })
  @IsOptional()
  @IsBoolean()
  perPopulation?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The 4th-purpose theme it reports on (a theme key), for the dashboards.',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,60}$/, { message: 'themeKey must be a theme key such as EMPLOYMENT' })
  themeKey?: string;
}

@InputType('CorrectOutcomeMeasurementInput', {
  description:
    'A corrected figure: it replaces the current figure `id`, which stays visible in the history.',
})
export class CorrectOutcomeMeasurementInput {
  @Field(() => ID, { description: 'The current figure being corrected.' })
  @IsString()
  id!: string;

  @Field(() => Float, { description: 'The corrected value.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Qualifier, e.g. "more than".' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  qualifier?: string;

  @Field(() => String, { description: 'Date the value applies to (YYYY-MM-DD).' })
  @Matches(DATE, { message: 'measuredOn must be a date as YYYY-MM-DD' })
  measuredOn!: string;

  @Field(() => String, { nullable: true, description: 'Start of the period (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE, { message: 'periodStart must be a date as YYYY-MM-DD' })
  periodStart?: string;

  @Field(() => Boolean, { nullable: true, description: 'A running total (default false).' })
  @IsOptional()
  @IsBoolean()
  cumulative?: boolean;

  @Field(() => Float, { nullable: true, description: 'Baseline, where known.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number;

  @Field(() => String, { nullable: true, description: 'Source document title.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  sourceTitle?: string;

  @Field(() => String, { nullable: true, description: 'Source link (http or https).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(1000)
  sourceUrl?: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @Field(() => String, { nullable: true, description: 'Why the figure was corrected.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@InputType('RemoveOutcomeMeasurementInput', {
  description: 'Removes a current figure (kept in the history with who removed it and why).',
})
export class RemoveOutcomeMeasurementInput {
  @Field(() => ID, { description: 'The current figure to remove.' })
  @IsString()
  id!: string;

  @Field(() => String, { description: 'Why it is removed (required, up to 500 characters).' })
  @IsString()
  @Length(1, 500, { message: 'reason must be between 1 and 500 characters' })
  reason!: string;
}
