import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../../common/graphql/pagination';
import { EvidenceKind, RagStatus, ReviewCadence } from '../commitment.enums';

@ObjectType('CommitmentOrganisation', { description: 'An organisation that made a commitment.' })
export class CommitmentOrganisationModel {
  @Field(() => ID, { description: 'The organisation.' })
  id!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Boolean, { description: 'Whether it leads the commitment (one does).' })
  lead!: boolean;
}

@ObjectType('CommitmentTheme', { description: 'A 4th-purpose theme of a commitment.' })
export class CommitmentThemeModel {
  @Field(() => String, { description: 'Theme key.' })
  key!: string;

  @Field(() => String, { description: 'Theme label.' })
  label!: string;
}

@ObjectType('CommitmentTarget', {
  description: 'A measurable target: a metric, a value and a date.',
})
export class CommitmentTargetModel {
  @Field(() => String, { description: 'Metric key from the dictionary.' })
  metricKey!: string;

  @Field(() => String, { description: 'Metric label.' })
  metricLabel!: string;

  @Field(() => String, { description: 'Unit of the metric, e.g. people.' })
  unit!: string;

  @Field(() => Float, { description: 'The value to reach.' })
  value!: number;

  @Field(() => String, { description: 'When it should be reached (YYYY-MM-DD).' })
  targetDate!: string;

  @Field(() => Float, { nullable: true, description: 'Where it started, when known.' })
  baseline!: number | null;
}

@ObjectType('CommitmentEvidence', { description: 'What shows the progress reported in an update.' })
export class CommitmentEvidenceModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => EvidenceKind, { description: 'What it points at.' })
  kind!: EvidenceKind;

  @Field(() => String, {
    description:
      'Its title; for a MEASUREMENT "value, metric, period, source" as the figure stood when cited.',
  })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where to read it: a product path (e.g. /case-studies/slug) or a web address.',
  })
  url!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The case study, event, outcome measurement or file (a FILE downloads at /files/<id> for signed-in members).',
  })
  targetId!: string | null;
}

@ObjectType('CommitmentUpdate', { description: 'A dated progress update on a commitment.' })
export class CommitmentUpdateModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'The date the progress is reported for (YYYY-MM-DD).' })
  reportedOn!: string;

  @Field(() => RagStatus, { description: 'RAG status at that date.' })
  status!: RagStatus;

  @Field(() => String, { description: 'What happened.' })
  narrative!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Progress towards the target, in the target's unit.",
  })
  progressValue!: number | null;

  @Field(() => String, { nullable: true, description: 'Who reported it.' })
  createdByName!: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;

  @Field(() => [CommitmentEvidenceModel], { description: 'Evidence, in the order given.' })
  evidence!: CommitmentEvidenceModel[];
}

@ObjectType('Commitment', {
  description: 'A public commitment by an organisation or a partnership, with its progress.',
})
export class CommitmentModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Short title, when given.' })
  title!: string | null;

  @Field(() => String, { description: 'What was committed to.' })
  statement!: string;

  @Field(() => [CommitmentOrganisationModel], { description: 'Who made it, lead first.' })
  organisations!: CommitmentOrganisationModel[];

  @Field(() => [CommitmentThemeModel], { description: 'Its themes.' })
  themes!: CommitmentThemeModel[];

  @Field(() => ID, { description: 'The owner (reports progress and is reminded).' })
  ownerId!: string;

  @Field(() => String, { description: "The owner's name." })
  ownerName!: string;

  @Field(() => ReviewCadence, { description: 'How often progress is reported.' })
  cadence!: ReviewCadence;

  @Field(() => CommitmentTargetModel, {
    nullable: true,
    description: 'The measurable target, if any.',
  })
  target!: CommitmentTargetModel | null;

  @Field(() => String, { nullable: true, description: 'Where the commitment was published.' })
  sourceTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the source.' })
  sourceUrl!: string | null;

  @Field(() => Date, { description: 'When it was recorded here.' })
  createdAt!: Date;

  @Field(() => String, { description: 'When the next progress update is due (YYYY-MM-DD).' })
  nextUpdateDue!: string;

  @Field(() => Boolean, { description: 'Whether the next update is overdue (due before today).' })
  overdue!: boolean;

  @Field(() => RagStatus, {
    nullable: true,
    description: 'Status of the latest update (null before any).',
  })
  status!: RagStatus | null;

  @Field(() => String, { nullable: true, description: 'Date of the latest update (YYYY-MM-DD).' })
  lastUpdateOn!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Latest progress value reported towards the target.',
  })
  latestProgressValue!: number | null;

  @Field(() => Boolean, { description: 'Whether the viewer may add a progress update.' })
  viewerCanUpdate!: boolean;

  @Field(() => Boolean, {
    description: 'Whether the viewer may change the commitment (updateCommitment).',
  })
  viewerCanEdit!: boolean;
}

@ObjectType('CommitmentConnection', { description: 'A page of commitments.' })
export class CommitmentConnection extends Paginated(CommitmentModel, 'Commitment') {}
