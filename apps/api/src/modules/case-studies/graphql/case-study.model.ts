import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../common/graphql/pagination';
import { IcsModel } from '../../directory/graphql/directory.models';
import { CaseStudyStatus, EvidenceLevel, PracticeStage, ReviewDecision } from '../case-study.enums';

registerEnumType(CaseStudyStatus, {
  name: 'CaseStudyStatus',
  description: 'Lifecycle: DRAFT, SUBMITTED (awaiting peer review), PUBLISHED, ARCHIVED.',
});
registerEnumType(EvidenceLevel, {
  name: 'EvidenceLevel',
  description:
    'Strength of evidence, weakest first: anecdotal, before/after, comparative, evaluated.',
});
registerEnumType(PracticeStage, {
  name: 'PracticeStage',
  description: 'How mature the practice is: emerging, pilot, established, scaled.',
});
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'A peer-review outcome.' });

@ObjectType('RichText', { description: 'A Markdown body field and its sanitised HTML rendering.' })
export class RichTextModel {
  @Field(() => String, { description: 'The Markdown source as written.' })
  markdown!: string;
}

@ObjectType('TargetPopulation', { description: 'Who the practice is for.' })
export class TargetPopulationModel {
  @Field(() => [String], {
    description: 'Core20PLUS5 groups, e.g. CORE20, PLUS_GROUPS, or clinical areas.',
  })
  groups!: string[];

  @Field(() => [Int], { description: 'IMD quintiles targeted (1 = most deprived 20%).' })
  imdQuintiles!: number[];

  @Field(() => [String], { description: 'Age bands, e.g. 16-24.' })
  ageBands!: string[];
}

@ObjectType('CaseStudyContact', { description: 'The person to contact about a case study.' })
export class CaseStudyContactModel {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title or role.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address (signed-in members only).' })
  email!: string | null;
}

@ObjectType('CaseStudyPartner', { description: 'A partner organisation and its role.' })
export class CaseStudyPartnerModel {
  @Field(() => String, { description: 'Partner name.' })
  name!: string;

  @Field(() => String, { description: 'What the partner did.' })
  role!: string;

  @Field(() => ID, { nullable: true, description: 'Directory organisation id, when listed.' })
  organisationId!: string | null;
}

@ObjectType('PeerReview', {
  description: 'The peer-review badge: who (which ICS) reviewed and when.',
})
export class PeerReviewModel {
  @Field(() => GraphQLISODateTime, { description: 'When it was approved.' })
  reviewedAt!: Date;

  @Field(() => IcsModel, {
    nullable: true,
    description: "The reviewer's ICS (null: a regional reviewer).",
  })
  ics!: IcsModel | null;
}

@ObjectType('CaseStudyReview', { description: 'One review decision, with comments.' })
export class CaseStudyReviewModel {
  @Field(() => ReviewDecision, { description: 'Approved or returned.' })
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Reviewer comments.' })
  comments!: string | null;

  @Field(() => Int, { description: 'The case study version that was reviewed.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the decision was made.' })
  createdAt!: Date;

  /** Resolved through a loader. */
  icsId!: string | null;
}

@ObjectType('CaseStudyVersion', {
  description: 'A published version, kept readable with what changed.',
})
export class CaseStudyVersionModel {
  @Field(() => Int, {
    description:
      'Version number shown to readers: 1, 2, 3… per case study. Consecutive saves by one person within 30 minutes share one version.',
  })
  number!: number;

  @Field(() => Int, {
    description:
      "The case study's edit counter (CaseStudy.version, used as expectedVersion) after this version's last save; not sequential.",
  })
  version!: number;

  @Field(() => [String], {
    description: 'Template fields changed from the previous published version.',
  })
  changedFields!: string[];

  @Field(() => String, {
    nullable: true,
    description: "The editors' notes on what changed (distinct notes of its saves, joined by '; ').",
  })
  changeNote!: string | null;

  @Field(() => String, { description: 'The template fields of this version as JSON.' })
  snapshotJson!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When this version was published (its first save).',
  })
  createdAt!: Date;
}

@ObjectType('CaseStudy', {
  description: 'A practice model: what worked, with dated and sourced outcome evidence.',
})
export class CaseStudyModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'URL slug, unique.' })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'One-paragraph plain-text summary.' })
  summary!: string;

  @Field(() => RichTextModel, { description: 'The problem or reason for the work.' })
  problem!: RichTextModel;

  @Field(() => RichTextModel, { description: 'Aims.' })
  aims!: RichTextModel;

  @Field(() => RichTextModel, { description: 'What was done.' })
  approach!: RichTextModel;

  @Field(() => RichTextModel, { description: 'Core components: what must not change when lifted.' })
  coreComponents!: RichTextModel;

  @Field(() => RichTextModel, { description: 'Adaptable parts: what adopters may change.' })
  adaptableParts!: RichTextModel;

  @Field(() => RichTextModel, { description: 'Resources and costs.' })
  resourcesAndCosts!: RichTextModel;

  @Field(() => RichTextModel, { description: 'Key learning.' })
  keyLearning!: RichTextModel;

  @Field(() => TargetPopulationModel, { description: 'Target population.' })
  targetPopulation!: TargetPopulationModel;

  @Field(() => EvidenceLevel, { description: 'Strength of the evidence.' })
  evidenceLevel!: EvidenceLevel;

  @Field(() => PracticeStage, { description: 'Maturity of the practice.' })
  stage!: PracticeStage;

  @Field(() => CaseStudyStatus, { description: 'Lifecycle status.' })
  status!: CaseStudyStatus;

  @Field(() => Int, { description: 'Current version; pass it as expectedVersion when editing.' })
  version!: number;

  @Field(() => String, { description: 'Review-by date (YYYY-MM-DD); stale after it.' })
  reviewBy!: string;

  @Field(() => Boolean, { description: 'Published and past its review-by date (show a banner).' })
  isStale!: boolean;

  @Field(() => CaseStudyContactModel, { nullable: true, description: 'Contact person.' })
  contact!: CaseStudyContactModel | null;

  /** Badge facts; the peerReview field resolves the ICS through a loader. */
  review!: { reviewedAt: Date; icsId: string | null } | null;

  @Field(() => String, {
    nullable: true,
    description: 'Comments from the latest return (editors and reviewers only).',
  })
  reviewComments!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was submitted for review.',
  })
  submittedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was first published.' })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was archived.' })
  archivedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Source of seeded demo content.' })
  source!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt!: Date;

  /** Resolved through loaders. */
  organisationId!: string;
  icsId!: string | null;
  placeId!: string | null;
  authorId!: string | null;
}

@ObjectType('CaseStudyConnection', { description: 'A page of case studies.' })
export class CaseStudyConnection extends Paginated(CaseStudyModel, 'CaseStudy') {}
