import {
  TOOLKIT_SECTIONS_MAX,
  TOOLKIT_SLUG_MAX_LENGTH,
  TOOLKIT_SLUG_PATTERN,
  TOOLKIT_THEMES_MAX,
} from '@mic/shared-util';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { NestedList } from '../../../common/graphql/validators';
import { QuestionType } from '../toolkits.constants';

@InputType('ToolkitSectionInput', { description: 'A section.' })
export class ToolkitSectionInput {
  @Field(() => String, { description: 'Stable key (lower-case letters, digits, hyphens).' })
  @Matches(/^[a-z0-9-]{1,40}$/)
  key!: string;

  @Field(() => String, { description: 'Title.' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field(() => String, { description: 'Markdown body.' })
  @IsString()
  @MaxLength(50_000)
  body!: string;
}

@InputType('AssessmentQuestionInput', { description: 'A question.' })
export class AssessmentQuestionInput {
  @Field(() => String, { description: 'Key.' })
  @Matches(/^[a-z0-9.-]{1,60}$/)
  key!: string;

  @Field(() => String, { description: 'The question.' })
  @IsString()
  @Length(1, 500)
  label!: string;

  @Field(() => QuestionType, { description: 'Type.' })
  @IsEnum(QuestionType)
  type!: QuestionType;

  @Field(() => [String], { nullable: true, description: 'Options (CHOICE).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  options?: string[] | null;
}

@InputType('AssessmentFormSectionInput', { description: 'A form section.' })
export class AssessmentFormSectionInput {
  @Field(() => String, { description: 'Key.' })
  @Matches(/^[a-z0-9-]{1,40}$/)
  key!: string;

  @Field(() => String, { description: 'Title.' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field(() => [AssessmentQuestionInput], { description: 'Questions.' })
  @NestedList(() => AssessmentQuestionInput, 100)
  questions!: AssessmentQuestionInput[];
}

@InputType('PublishToolkitVersionInput', { description: 'A new version of a toolkit.' })
export class PublishToolkitVersionInput {
  @Field(() => ID, { description: 'The toolkit.' })
  @Allow()
  toolkitId!: string;

  @Field(() => String, { description: 'What changed.' })
  @IsString()
  @Length(3, 5000)
  changelog!: string;

  @Field(() => [ToolkitSectionInput], { description: 'All sections of the new version, in order.' })
  @NestedList(() => ToolkitSectionInput, TOOLKIT_SECTIONS_MAX)
  sections!: ToolkitSectionInput[];

  @Field(() => [AssessmentFormSectionInput], {
    nullable: true,
    description: 'A fillable form, if any.',
  })
  @NestedList(() => AssessmentFormSectionInput, 50, { optional: true })
  form?: AssessmentFormSectionInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Your uploaded files (POST /files) to attach.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  fileIds?: string[] | null;
}

@InputType('CreateToolkitInput', { description: 'A new toolkit with its first version.' })
export class CreateToolkitInput {
  @Field(() => String, { description: 'Title.' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => String, { description: 'URL slug (lower-case letters, digits, hyphens).' })
  @Matches(TOOLKIT_SLUG_PATTERN)
  @MaxLength(TOOLKIT_SLUG_MAX_LENGTH)
  slug!: string;

  @Field(() => String, { description: 'Summary.' })
  @IsString()
  @Length(3, 2000)
  summary!: string;

  @Field(() => [String], { nullable: true, description: 'Theme keys.' })
  @IsOptional()
  @ArrayMaxSize(TOOLKIT_THEMES_MAX)
  @IsString({ each: true })
  themeKeys?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Owning organisation (default: yours).' })
  @IsOptional()
  ownerOrganisationId?: string | null;

  @Field(() => [ToolkitSectionInput], { description: 'Sections of version 1.' })
  @NestedList(() => ToolkitSectionInput, TOOLKIT_SECTIONS_MAX)
  sections!: ToolkitSectionInput[];

  @Field(() => [AssessmentFormSectionInput], {
    nullable: true,
    description: 'A fillable form, if any.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AssessmentFormSectionInput)
  form?: AssessmentFormSectionInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Uploaded files to attach.' })
  @IsOptional()
  fileIds?: string[] | null;
}

@InputType('StartAssessmentInput', {
  description: 'Start filling in a toolkit’s form (current version).',
})
export class StartAssessmentInput {
  @Field(() => ID, { description: 'The toolkit.' })
  @Allow()
  toolkitId!: string;
}

@InputType('AssessmentAnswerInput', { description: 'One answer.' })
export class AssessmentAnswerInput {
  @Field(() => String, { description: 'Question key.' })
  @IsString()
  @MaxLength(60)
  questionKey!: string;

  @Field(() => String, { description: 'Answer (scale as "1".."5").' })
  @IsString()
  @MaxLength(5000)
  value!: string;
}

@InputType('SaveAssessmentInput', { description: 'Save answers (merged into what is saved).' })
export class SaveAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  @Allow()
  assessmentId!: string;

  @Field(() => [AssessmentAnswerInput], { description: 'Answers to save.' })
  @NestedList(() => AssessmentAnswerInput, 500)
  answers!: AssessmentAnswerInput[];
}

@InputType('SubmitAssessmentInput', { description: 'Submit a completed assessment.' })
export class SubmitAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  @Allow()
  assessmentId!: string;
}
