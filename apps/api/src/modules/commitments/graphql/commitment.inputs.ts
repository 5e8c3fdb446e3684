import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { NestedList } from '../../../common/graphql/validators';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { EvidenceKind, RagStatus, ReviewCadence } from '../commitment.enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[A-Z0-9_]{2,60}$/;

@InputType('CreateCommitmentInput', {
  description:
    'A new commitment by one organisation or a partnership; the person making it becomes its owner.',
})
export class CreateCommitmentInput {
  @Field(() => String, { nullable: true, description: 'Short title (optional).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { description: 'What is committed to (10 to 2,000 characters).' })
  @IsString()
  @Length(10, 2000, { message: 'Enter the commitment in 10 to 2,000 characters' })
  statement!: string;

  @Field(() => [ID], { description: 'The organisations making it (1 to 10).' })
  @ArrayMinSize(1, { message: 'Choose at least one organisation' })
  @ArrayMaxSize(10)
  organisationIds!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The lead organisation, one of organisationIds (default: the first).',
  })
  @IsOptional()
  leadOrganisationId?: string | null;

  @Field(() => [String], { description: 'Theme keys (1 to 6).' })
  @ArrayMinSize(1, { message: 'Choose at least one theme' })
  @ArrayMaxSize(6)
  @Matches(KEY, { each: true, message: 'themeKeys must be theme keys such as EMPLOYMENT' })
  themeKeys!: string[];

  @Field(() => ReviewCadence, { description: 'How often progress is reported.' })
  @IsEnum(ReviewCadence, { message: 'Choose how often progress will be reported' })
  cadence!: ReviewCadence;

  @Field(() => String, {
    nullable: true,
    description: 'Target metric key (with targetValue and targetDate).',
  })
  @IsOptional()
  @Matches(KEY, { message: 'metricKey must be a metric key such as PEOPLE_SUPPORTED' })
  metricKey?: string | null;

  @Field(() => Float, { nullable: true, description: 'Target value.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'The target must be a number' })
  targetValue?: number | null;

  @Field(() => String, { nullable: true, description: 'Target date (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE, { message: 'targetDate must be a date as YYYY-MM-DD' })
  targetDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Baseline, where known.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'The baseline must be a number' })
  baseline?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the commitment was published: title.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  sourceTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the commitment was published: link.' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'sourceUrl must start with http:// or https://' },
  )
  @MaxLength(1000)
  sourceUrl?: string | null;
}

@InputType('CommitmentEvidenceInput', {
  description:
    'Evidence for an update: a case study, event or outcome figure you can see (targetId), a file you uploaded with POST /files (targetId), or a link (title and url).',
})
export class CommitmentEvidenceInput {
  @Field(() => EvidenceKind, { description: 'CASE_STUDY, MEASUREMENT, EVENT, FILE or LINK.' })
  @IsEnum(EvidenceKind)
  kind!: EvidenceKind;

  @Field(() => ID, {
    nullable: true,
    description:
      'The case study, event, outcome measurement (a current figure of a published case study, or of an adoption in your ICS) or uploaded file.',
  })
  @IsOptional()
  targetId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Title of a link, or of a file (default: its name).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Web address of a link (http or https).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  url?: string | null;
}

@InputType('AddCommitmentUpdateInput', { description: 'A dated progress update on a commitment.' })
export class AddCommitmentUpdateInput {
  @Field(() => ID, { description: 'The commitment.' })
  @Allow()
  commitmentId!: string;

  @Field(() => String, {
    description: 'The date the progress is reported for (YYYY-MM-DD, not in the future).',
  })
  @Matches(DATE, { message: 'reportedOn must be a date as YYYY-MM-DD' })
  reportedOn!: string;

  @Field(() => RagStatus, { description: 'RAG status.' })
  @IsEnum(RagStatus, { message: 'Choose a status' })
  status!: RagStatus;

  @Field(() => String, { description: 'What happened (10 to 4,000 characters).' })
  @IsString()
  @Length(10, 4000, { message: 'Describe the progress in 10 to 4,000 characters' })
  narrative!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Progress towards the target, in the target's unit.",
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Progress must be a number' })
  progressValue?: number | null;

  @Field(() => [CommitmentEvidenceInput], { nullable: true, description: 'Evidence (up to 20).' })
  @NestedList(() => CommitmentEvidenceInput, 20, { optional: true })
  evidence?: CommitmentEvidenceInput[] | null;
}

@InputType('UpdateCommitmentInput', {
  description:
    'Changes to a commitment. Only the fields given are changed; title, a null clears it. Progress is reported with addCommitmentUpdate.',
})
export class UpdateCommitmentInput {
  @Field(() => ID, { description: 'The commitment.' })
  @Allow()
  commitmentId!: string;

  @Field(() => String, { nullable: true, description: 'Short title (empty or null clears it).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is committed to (10 to 2,000 characters).',
  })
  @IsOptional()
  @IsString()
  @Length(10, 2000, { message: 'Enter the commitment in 10 to 2,000 characters' })
  statement?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The organisations making it (1 to 10); you must be allowed to act for them.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one organisation' })
  @ArrayMaxSize(10)
  organisationIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The lead (owner) organisation, one of its organisations.',
  })
  @IsOptional()
  leadOrganisationId?: string | null;

  @Field(() => ReviewCadence, { nullable: true, description: 'How often progress is reported.' })
  @IsOptional()
  @IsEnum(ReviewCadence, { message: 'Choose how often progress will be reported' })
  cadence?: ReviewCadence | null;

  @Field(() => Float, { nullable: true, description: 'Target value (commitments with a target).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'The target must be a number' })
  targetValue?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Target (due) date, YYYY-MM-DD (commitments with a target).',
  })
  @IsOptional()
  @Matches(DATE, { message: 'targetDate must be a date as YYYY-MM-DD' })
  targetDate?: string | null;
}

@InputType('CommitmentsFilter', { description: 'Filters for the commitments tracker.' })
export class CommitmentsFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only commitments of organisations in this ICS (ODS code).',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only commitments with this theme key.' })
  @IsOptional()
  @Matches(KEY, { message: 'themeKey must be a theme key such as EMPLOYMENT' })
  themeKey?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only commitments this organisation takes part in.',
  })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => RagStatus, {
    nullable: true,
    description: 'Only commitments whose latest status is this.',
  })
  @IsOptional()
  @IsEnum(RagStatus)
  status?: RagStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only overdue; false: only not overdue.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

@ArgsType()
export class CommitmentsArgs extends PaginationArgs {
  @Field(() => CommitmentsFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentsFilter)
  filter?: CommitmentsFilter | null;
}
