import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

import { CaseStudyModel } from '../../case-studies/graphql/case-study.model';
import { IcsModel } from '../../directory/graphql/directory.models';
import { MetricModel, OutcomeMeasurementModel } from '../../metrics/graphql/metric.model';
import { AdaptationDecision, AdoptionStage } from '../adoption.enums';

registerEnumType(AdoptionStage, {
  name: 'AdoptionStage',
  description: 'EXPLORING, PLANNING, PILOTING, EMBEDDED, SUSTAINED, or STOPPED (with a reason).',
});
registerEnumType(AdaptationDecision, {
  name: 'AdaptationDecision',
  description: 'What the adopter did with a core component: kept, adapted (how) or dropped (why).',
});

@ObjectType('ReadinessScore', { description: 'One area of the readiness self-assessment.' })
export class ReadinessScoreModel {
  @Field(() => String, { description: 'leadership, funding, partners, data or workforce.' })
  area!: string;

  @Field(() => Int, { description: 'Score 0 (not in place) to 4 (fully in place).' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;
}

@ObjectType('AdoptionContact', { description: 'A named contact on the origin or adopter side.' })
export class AdoptionContactModel {
  @Field(() => String, { description: 'ORIGIN or ADOPTER.' })
  side!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Role.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'Email (signed-in members only).' })
  email!: string | null;
}

@ObjectType('AdoptionStageChange', { description: 'A dated stage change.' })
export class AdoptionStageChangeModel {
  @Field(() => AdoptionStage, { description: 'The stage entered.' })
  stage!: AdoptionStage;

  @Field(() => String, { description: 'Date entered (YYYY-MM-DD).' })
  changedOn!: string;

  @Field(() => String, { nullable: true, description: 'Reason or note (required for STOPPED).' })
  reason!: string | null;
}

@ObjectType('Adaptation', {
  description: 'An adaptation log entry against a core component of the origin.',
})
export class AdaptationModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'The core component.' })
  component!: string;

  @Field(() => AdaptationDecision, { description: 'Kept, adapted or dropped.' })
  decision!: AdaptationDecision;

  @Field(() => String, { description: 'How it was adapted, or why it was dropped.' })
  detail!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was logged.' })
  createdAt!: Date;
}

@ObjectType('Adoption', {
  description: 'An organisation lifting and shifting a published case study.',
})
export class AdoptionModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => AdoptionStage, { description: 'Current stage.' })
  stage!: AdoptionStage;

  @Field(() => String, { nullable: true, description: 'Why it stopped, when STOPPED.' })
  stoppedReason!: string | null;

  @Field(() => [ReadinessScoreModel], { description: 'Readiness self-assessment.' })
  readiness!: ReadinessScoreModel[];

  @Field(() => [String], { description: 'Barriers met.' })
  barriers!: string[];

  @Field(() => [String], { description: 'Enablers found.' })
  enablers!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The adoption this one learned from (lineage); null: from the origin.',
  })
  learnedFromAdoptionId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was declared.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt!: Date;

  /** Resolved through loaders or the viewer. */
  caseStudyId!: string;
  organisationId!: string;
  icsId!: string | null;
  contacts!: AdoptionContactModel[];
}

@ObjectType('LineageNode', {
  description: 'One adopter in the lineage (origin -> adopters -> their adopters).',
})
export class LineageNodeModel {
  @Field(() => AdoptionModel, { description: 'The adoption.' })
  adoption!: AdoptionModel;

  @Field(() => ID, {
    nullable: true,
    description: 'The adoption it learned from; null: directly from the origin.',
  })
  parentAdoptionId!: string | null;

  @Field(() => Int, { description: 'Generations from the origin (1 = adopted from the origin).' })
  depth!: number;
}

@ObjectType('ComparisonEntry', {
  description: 'Latest value of a metric for the origin or one adopter.',
})
export class ComparisonEntryModel {
  @Field(() => Boolean, { description: 'Whether this is the origin.' })
  isOrigin!: boolean;

  @Field(() => String, { description: 'Organisation name.' })
  organisationName!: string;

  @Field(() => IcsModel, { nullable: true, description: 'Its ICS.' })
  ics!: IcsModel | null;

  @Field(() => OutcomeMeasurementModel, {
    description: 'Latest measurement, with date and source.',
  })
  latest!: OutcomeMeasurementModel;

  @Field(() => Int, {
    nullable: true,
    description: 'ICS population used to normalise, when known.',
  })
  population!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Value per 100,000 ICS residents (null when the population is unknown or the metric is a rate).',
  })
  per100k!: number | null;

  @Field(() => Boolean, {
    description:
      "Whether this figure can be set beside the origin's: both are figures for a period or a point in time (never a running total beside one period's figure). Always true for the origin unless its figure is a running total.",
  })
  comparable!: boolean;

  @Field(() => String, {
    description:
      'What the figure covers, in words: "Nov 2020 to Jul 2022", "to Jan 2025 (running total)", "on 31 Mar 2025".',
  })
  periodText!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Why this figure cannot be compared with the origin's, in words (null when it can), e.g. \"These figures cannot be compared: the origin's is a running total since 2019, the adopter's is for one quarter.\"",
  })
  notComparableReason!: string | null;
}

@ObjectType('OutcomeComparison', {
  description: 'Origin vs adopters, side by side, for one shared metric.',
})
export class OutcomeComparisonModel {
  @Field(() => MetricModel, { description: 'The shared metric.' })
  metric!: MetricModel;

  @Field(() => [ComparisonEntryModel], { description: 'Origin first, then adopters.' })
  entries!: ComparisonEntryModel[];
}

@ObjectType('SpreadCell', { description: 'One ICS x case study cell of the spread matrix.' })
export class SpreadCellModel {
  @Field(() => ID, { description: 'The ICS id.' })
  icsId!: string;

  @Field(() => String, { description: 'The ICS ODS code.' })
  icsOdsCode!: string;

  @Field(() => ID, { description: 'The case study id.' })
  caseStudyId!: string;

  @Field(() => AdoptionStage, {
    nullable: true,
    description: 'Furthest adoption stage in this ICS, or null for none.',
  })
  furthestStage!: AdoptionStage | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The adoption at the furthest stage in this ICS (the earliest declared on a tie), or null for none.',
  })
  adoptionId!: string | null;

  @Field(() => Int, { description: 'How many organisations in this ICS are adopting it.' })
  adoptionCount!: number;

  @Field(() => Boolean, { description: 'Whether the case study comes from this ICS.' })
  isOrigin!: boolean;
}

@ObjectType('SpreadMatrix', {
  description: 'Every ICS x published case study, with the furthest adoption stage.',
})
export class SpreadMatrixModel {
  @Field(() => [IcsModel], { description: 'Rows: the 11 ICSs, by name.' })
  icss!: IcsModel[];

  @Field(() => [CaseStudyModel], { description: 'Columns: published case studies, by title.' })
  caseStudies!: CaseStudyModel[];

  @Field(() => [SpreadCellModel], { description: 'Every ICS x case study cell.' })
  cells!: SpreadCellModel[];

  @Field(() => [IcsModel], {
    description:
      'Gap view: ICSs with neither an active adoption nor an origin among these case studies.',
  })
  gapIcss!: IcsModel[];
}
