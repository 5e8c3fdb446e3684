import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { NestedList } from '../../../common/graphql/validators';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { RegistrationStatus } from '../entities/registration.entity';

@InputType('RegistrationAnswerInput', { description: 'An answer to one registration question.' })
export class AnswerInput {
  @Field(() => String, { description: 'The question id.' })
  @Matches(/^[a-z0-9-]{1,40}$/i)
  questionId!: string;

  @Field(() => String, { nullable: true, description: 'The answer (TEXT, CHOICE; YES or NO for YES_NO).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  value?: string | null;

  @Field(() => [String], { nullable: true, description: 'The chosen options (MULTI_CHOICE).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  values?: string[] | null;
}

@InputType('RegisterForEventInput', { description: 'A registration for an event.' })
export class RegisterForEventInput {
  @Field(() => ID, { description: 'The event.' })
  @Allow()
  eventId!: string;

  @Field(() => [AnswerInput], { nullable: true, description: 'Answers to the registration questions.' })
  @NestedList(() => AnswerInput, 40, { optional: true })
  answers?: AnswerInput[];

  @Field(() => Boolean, { description: 'Agreement to the privacy notice (must be true).' })
  @IsBoolean()
  consent!: boolean;
}

@InputType('EventDelegatesFilter', { description: 'Filters for an event delegate list.' })
export class DelegatesFilter {
  @Field(() => RegistrationStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(RegistrationStatus)
  status?: RegistrationStatus;

  @Field(() => String, { nullable: true, description: 'Only delegates from this ICS (ODS code).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/)
  icsOdsCode?: string;

  @Field(() => String, { nullable: true, description: 'Only this organisation type.' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,60}$/)
  organisationTypeKey?: string;

  @Field(() => String, { nullable: true, description: 'Only delegates with this tag.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Name or email contains.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class DelegatesArgs extends PaginationArgs {
  @Field(() => ID, { description: 'The event.' })
  @Allow()
  eventId!: string;

  @Field(() => DelegatesFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DelegatesFilter)
  filter?: DelegatesFilter;
}


@InputType('EmailDelegatesInput', { description: 'An email to a filtered set of delegates.' })
export class EmailDelegatesInput {
  @Field(() => ID, { description: 'The event.' })
  @Allow()
  eventId!: string;

  @Field(() => DelegatesFilter, { nullable: true, description: 'Which delegates (default: all confirmed).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DelegatesFilter)
  filter?: DelegatesFilter;

  @Field(() => String, { description: 'Subject line.' })
  @IsString()
  @MaxLength(200)
  subject!: string;

  @Field(() => String, { description: 'Message in Markdown.' })
  @IsString()
  @MaxLength(20000)
  body!: string;

  @Field(() => String, { description: 'Client-chosen key: repeating the call with the same key sends nothing new.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/)
  idempotencyKey!: string;
}

@InputType('TagRegistrationInput', { description: 'Organiser tags for a registration.' })
export class TagRegistrationInput {
  @Field(() => ID, { description: 'The registration.' })
  @Allow()
  registrationId!: string;

  @Field(() => [String], { description: 'The full set of tags (replaces the old set).' })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[\p{L}\p{N} _-]{1,40}$/u, { each: true })
  tags!: string[];
}

@InputType('MoveRegistrationInput', { description: 'Move a registration to another event (organisers of both events).' })
export class MoveRegistrationInput {
  @Field(() => ID, { description: 'The registration to move.' })
  @Allow()
  registrationId!: string;

  @Field(() => ID, { description: 'The event to move it to.' })
  @Allow()
  toEventId!: string;
}
