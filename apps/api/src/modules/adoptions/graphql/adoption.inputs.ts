import { ADAPTATION_COMPONENT_MAX_LENGTH } from '@mic/shared-util';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { CaseStudyContactInput } from '../../case-studies/graphql/case-study.inputs';
import {
  AdaptationDecision,
  AdoptionStage,
  READINESS_AREAS,
  STARTING_STAGES,
} from '../adoption.enums';
import { OptionalStringList, NestedList } from '../../../common/graphql/validators';

@InputType('AdoptionsFilter', { description: 'Filters for adoptions.' })
export class AdoptionsFilter {
  @Field(() => ID, { nullable: true, description: 'Adoptions of this case study.' })
  @IsOptional()
  caseStudyId?: string;

  @Field(() => String, { nullable: true, description: 'Adoptions in this ICS (ODS code).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string;
}

@InputType('AdoptCaseStudyInput', {
  description: 'Declare that an organisation is adopting a published case study.',
})
export class AdoptCaseStudyInput {
  @Field(() => ID, { description: 'The published case study.' })
  @Allow()
  caseStudyId!: string;

  @Field(() => ID, { description: 'The adopting organisation (your own).' })
  @Allow()
  organisationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The adoption you learned it from, if not the origin (lineage).',
  })
  @IsOptional()
  learnedFromAdoptionId?: string;

  @Field(() => AdoptionStage, {
    nullable: true,
    description: 'The stage the adoption starts at (default EXPLORING; STOPPED is refused).',
  })
  @IsOptional()
  @IsIn(STARTING_STAGES, { message: 'Choose the stage you are starting at' })
  stage?: AdoptionStage;

  @Field(() => CaseStudyContactInput, {
    nullable: true,
    description: "The adopter's contact for this adoption (kept as an ADOPTER contact).",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseStudyContactInput)
  contact?: CaseStudyContactInput;
}

@InputType('ReadinessScoreInput', { description: 'One readiness area score.' })
export class ReadinessScoreInput {
  @Field(() => String, { description: 'leadership, funding, partners, data or workforce.' })
  @IsIn(READINESS_AREAS as unknown as string[])
  area!: string;

  @Field(() => Int, { description: 'Score 0 to 4.' })
  @IsInt()
  @Min(0)
  @Max(4)
  score!: number;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType('AdoptionContactInput', {
  description: 'A named contact on the origin or the adopter side.',
})
export class AdoptionContactInput extends CaseStudyContactInput {
  @Field(() => String, { description: 'ORIGIN or ADOPTER.' })
  @IsIn(['ORIGIN', 'ADOPTER'])
  side!: 'ORIGIN' | 'ADOPTER';
}

@InputType('AdaptationInput', { description: 'An adaptation log entry.' })
export class AdaptationInput {
  @Field(() => String, { description: "The origin's core component." })
  @IsString()
  @Length(2, ADAPTATION_COMPONENT_MAX_LENGTH)
  component!: string;

  @Field(() => AdaptationDecision, { description: 'Kept, adapted or dropped.' })
  @IsEnum(AdaptationDecision)
  decision!: AdaptationDecision;

  @Field(() => String, { nullable: true, description: 'How it was adapted or why it was dropped.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  detail?: string;
}

@InputType('UpdateAdoptionInput', {
  description: 'Changes to an adoption; a stage change is dated and kept in the history.',
})
export class UpdateAdoptionInput {
  @Field(() => ID, { description: 'The adoption.' })
  @Allow()
  id!: string;

  @Field(() => AdoptionStage, { nullable: true, description: 'New stage.' })
  @IsOptional()
  @IsEnum(AdoptionStage)
  stage?: AdoptionStage;

  @Field(() => String, {
    nullable: true,
    description: 'Date of the stage change (YYYY-MM-DD; default today).',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'stageChangedOn must be a date as YYYY-MM-DD' })
  stageChangedOn?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Reason for the stage change (required for STOPPED).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  stageReason?: string;

  @Field(() => [ReadinessScoreInput], {
    nullable: true,
    description: 'Readiness self-assessment (replaces it).',
  })
  @NestedList(() => ReadinessScoreInput, 5, { optional: true })
  readiness?: ReadinessScoreInput[];

  @Field(() => [String], { nullable: true, description: 'Barriers (replaces the list).' })
  @OptionalStringList(30, 500)
  barriers?: string[];

  @Field(() => [String], { nullable: true, description: 'Enablers (replaces the list).' })
  @OptionalStringList(30, 500)
  enablers?: string[];

  @Field(() => [AdoptionContactInput], {
    nullable: true,
    description: 'Named contacts on both sides (replaces the list).',
  })
  @NestedList(() => AdoptionContactInput, 10, { optional: true })
  contacts?: AdoptionContactInput[];

  @Field(() => [AdaptationInput], { nullable: true, description: 'Adaptation log entries to add.' })
  @NestedList(() => AdaptationInput, 20, { optional: true })
  addAdaptations?: AdaptationInput[];
}
