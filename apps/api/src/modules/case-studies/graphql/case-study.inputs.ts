import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
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

import { PaginationArgs } from '../../../common/graphql/pagination';
import { CaseStudyStatus, EvidenceLevel, PracticeStage } from '../case-study.enums';
import { OptionalStringList, NestedList } from '../../../common/graphql/validators';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BODY_MAX = 20_000;

@InputType('CaseStudiesFilter', { description: 'Filters for the case study library.' })
export class CaseStudiesFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only case studies from this ICS (ODS code).',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string;

  @Field(() => String, { nullable: true, description: 'Only case studies with this theme key.' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,60}$/, { message: 'theme must be a theme key such as EMPLOYMENT' })
  theme?: string;

  @Field(() => PracticeStage, {
    nullable: true,
    description: 'Only practice at this maturity stage.',
  })
  @IsOptional()
  @IsEnum(PracticeStage)
  stage?: PracticeStage;

  @Field(() => EvidenceLevel, { nullable: true, description: 'Only this evidence level.' })
  @IsOptional()
  @IsEnum(EvidenceLevel)
  evidenceLevel?: EvidenceLevel;

  @Field(() => String, { nullable: true, description: 'Words to find in the title or summary.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Include published case studies past their review-by date (default true).',
  })
  @IsOptional()
  @IsBoolean()
  includeStale?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only stale case studies (past their review-by date).',
  })
  @IsOptional()
  @IsBoolean()
  staleOnly?: boolean;

  @Field(() => CaseStudyStatus, {
    nullable: true,
    description:
      'Lifecycle status (default PUBLISHED). Others list only what the viewer may see, e.g. SUBMITTED for the reviewer queue.',
  })
  @IsOptional()
  @IsEnum(CaseStudyStatus)
  status?: CaseStudyStatus;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Only case studies of the viewer's organisation, in any status unless status is given.",
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class CaseStudiesArgs extends PaginationArgs {
  @Field(() => CaseStudiesFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseStudiesFilter)
  filter?: CaseStudiesFilter;
}

@InputType('CaseStudyPartnerInput', { description: 'A partner organisation and its role.' })
export class CaseStudyPartnerInput {
  @Field(() => String, { description: 'Partner name.' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the partner did.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  role?: string;

  @Field(() => ID, { nullable: true, description: 'Directory organisation id, when listed.' })
  @IsOptional()
  organisationId?: string;
}

@InputType('CaseStudyContactInput', { description: 'The person to contact.' })
export class CaseStudyContactInput {
  @Field(() => String, { description: 'Name.' })
  @IsString()
  @Length(2, 120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title or role.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @IsOptional()
  @IsEmail()
  email?: string;
}

@InputType('CaseStudyTemplateInput', { isAbstract: true })
export class CaseStudyTemplateFields {
  @Field(() => String, { nullable: true, description: 'One-paragraph plain-text summary.' })
  @IsOptional()
  @IsString()
  @Length(10, 2000)
  summary?: string;

  @Field(() => String, { nullable: true, description: 'The problem or reason (Markdown).' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  problem?: string;

  @Field(() => String, { nullable: true, description: 'Aims (Markdown).' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  aims?: string;

  @Field(() => String, { nullable: true, description: 'What was done (Markdown).' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  approach?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Core components that must not change when lifted (Markdown).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  coreComponents?: string;

  @Field(() => String, { nullable: true, description: 'Adaptable parts (Markdown).' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  adaptableParts?: string;

  @Field(() => String, { nullable: true, description: 'Resources and costs (Markdown).' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  resourcesAndCosts?: string;

  @Field(() => String, { nullable: true, description: 'Key learning (Markdown).' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  keyLearning?: string;

  @Field(() => [String], { nullable: true, description: 'Core20PLUS5 groups targeted.' })
  @OptionalStringList(20, 60)
  targetGroups?: string[];

  @Field(() => [Int], { nullable: true, description: 'IMD quintiles targeted (1 to 5).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(5, { each: true })
  imdQuintiles?: number[];

  @Field(() => [String], { nullable: true, description: 'Age bands, e.g. 16-24.' })
  @OptionalStringList(10, 20)
  ageBands?: string[];

  @Field(() => EvidenceLevel, { nullable: true, description: 'Strength of the evidence.' })
  @IsOptional()
  @IsEnum(EvidenceLevel)
  evidenceLevel?: EvidenceLevel;

  @Field(() => PracticeStage, { nullable: true, description: 'Maturity of the practice.' })
  @IsOptional()
  @IsEnum(PracticeStage)
  stage?: PracticeStage;

  @Field(() => String, {
    nullable: true,
    description: "ICS (ODS code); defaults to the organisation's ICS.",
  })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string;

  @Field(() => String, { nullable: true, description: 'Place within the ICS, by name.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  placeName?: string;

  @Field(() => [String], { nullable: true, description: 'Theme keys.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @Matches(/^[A-Z_]{2,60}$/, {
    each: true,
    message: 'themes must be theme keys such as EMPLOYMENT',
  })
  themes?: string[];

  @Field(() => [CaseStudyPartnerInput], {
    nullable: true,
    description: 'Partners and their roles (replaces the list).',
  })
  @NestedList(() => CaseStudyPartnerInput, 30, { optional: true })
  partners?: CaseStudyPartnerInput[];

  @Field(() => CaseStudyContactInput, { nullable: true, description: 'Contact person.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseStudyContactInput)
  contact?: CaseStudyContactInput;

  @Field(() => String, {
    nullable: true,
    description: 'Review-by date (YYYY-MM-DD); defaults to a year from now.',
  })
  @IsOptional()
  @Matches(DATE, { message: 'reviewBy must be a date as YYYY-MM-DD' })
  reviewBy?: string;
}

@InputType('CreateCaseStudyInput', { description: 'A new draft case study.' })
export class CreateCaseStudyInput extends CaseStudyTemplateFields {
  @Field(() => String, { description: 'Title (5 to 200 characters).' })
  @IsString()
  @Length(5, 200)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'Authoring organisation; defaults to your own.' })
  @IsOptional()
  organisationId?: string;
}

@InputType('UpdateCaseStudyInput', {
  description:
    'Changes to a case study. Editing a published one records a version; consecutive saves by one person within 30 minutes share one.',
})
export class UpdateCaseStudyInput extends CaseStudyTemplateFields {
  @Field(() => ID, { description: 'The case study.' })
  @Allow()
  id!: string;

  @Field(() => Int, { description: 'The version you edited; CONFLICT if someone saved since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Title (5 to 200 characters).' })
  @IsOptional()
  @IsString()
  @Length(5, 200)
  title?: string;

  @Field(() => String, {
    nullable: true,
    description: 'What changed and why (kept with the version).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  changeNote?: string;
}

@InputType('CaseStudyIdInput', { description: 'Identifies a case study.' })
export class CaseStudyIdInput {
  @Field(() => ID, { description: 'The case study.' })
  @Allow()
  id!: string;
}

@InputType('ReviewCaseStudyInput', { description: 'A peer-review decision.' })
export class ReviewCaseStudyInput {
  @Field(() => ID, { description: 'The case study.' })
  @Allow()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Comments for the author (required when returning).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comments?: string;
}
