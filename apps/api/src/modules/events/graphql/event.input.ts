import { ArgsType, Field, ID, InputType, Int, registerEnumType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { NestedList } from '../../../common/graphql/validators';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { EventStatus } from '../entities/event.entity';
import type { QuestionType } from '../entities/event.entity';
import type { QuotaKind } from '../entities/event-quota.entity';

registerEnumType(EventStatus, { name: 'EventStatus', description: 'Where an event is in its life.' });

export const QUESTION_TYPES = ['TEXT', 'CHOICE', 'MULTI_CHOICE', 'YES_NO'] as const;
export const QUOTA_KINDS = ['ICS', 'ORGANISATION_TYPE'] as const;

@InputType('EventsFilter', { description: 'Filters for the events list.' })
export class EventsFilter {
  @Field(() => Date, { nullable: true, description: 'Only events still running at or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events starting before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only events for this ICS (ODS code), including region-wide events.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events with this theme key.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  theme?: string | null;

  @Field(() => EventStatus, { nullable: true, description: 'Only events with this status.' })
  @IsOptional()
  @IsEnum(EventStatus)
  status?: EventStatus | null;
}

@ArgsType()
export class EventsArgs extends PaginationArgs {
  @Field(() => EventsFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventsFilter)
  filter?: EventsFilter;
}

@InputType('EventQuestionInput', { description: 'A custom registration question.' })
export class QuestionInput {
  @Field(() => String, { nullable: true, description: 'Stable id (kept when editing); generated when absent.' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/i)
  id?: string;

  @Field(() => String, { description: 'The question as shown.' })
  @IsString()
  @Length(1, 300)
  label!: string;

  @Field(() => String, { description: 'TEXT, CHOICE, MULTI_CHOICE or YES_NO.' })
  @IsIn(QUESTION_TYPES)
  type!: QuestionType;

  @Field(() => Boolean, { nullable: true, description: 'Whether an answer is required.' })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Access or dietary needs: purged after the retention period.' })
  @IsOptional()
  @IsBoolean()
  sensitive?: boolean;

  @Field(() => [String], { nullable: true, description: 'Options for choice questions.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  options?: string[];
}

@InputType('EventQuotaInput', { description: 'Places guaranteed to an ICS or organisation type.' })
export class QuotaInput {
  @Field(() => String, { description: 'ICS or ORGANISATION_TYPE.' })
  @IsIn(QUOTA_KINDS)
  kind!: QuotaKind;

  @Field(() => String, { description: 'ICS ODS code or organisation type key.' })
  @Matches(/^[A-Z0-9_]{2,60}$/)
  key!: string;

  @Field(() => Int, { description: 'Guaranteed places.' })
  @IsInt()
  @Min(1)
  places!: number;
}

@InputType('CreateEventInput', { description: 'A new event (created as a draft).' })
export class CreateEventInput {
  @Field(() => String, { description: 'Title.' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description in Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @Field(() => Date, { description: 'Start (UTC).' })
  @IsDate()
  startsAt!: Date;

  @Field(() => Date, { description: 'End (UTC).' })
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Venue name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venueName?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue address.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  venueAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Online joining link (shown only to confirmed delegates).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  onlineUrl?: string | null;

  @Field(() => Int, { description: 'Total places.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity!: number;

  @Field(() => [QuotaInput], { nullable: true, description: 'Guaranteed places; the rest of capacity is open to all.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => QuotaInput)
  quotas?: QuotaInput[];

  @Field(() => [QuestionInput], { nullable: true, description: 'Registration questions.' })
  @NestedList(() => QuestionInput, 40, { optional: true })
  questions?: QuestionInput[];

  @Field(() => [String], { nullable: true, description: 'Theme keys.' })
  @IsOptional()
  @IsString({ each: true })
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'ICSs the event is for (ODS codes); none means region-wide.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { each: true })
  icsOdsCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Linked case studies.' })
  @IsOptional()
  caseStudyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Linked toolkits.' })
  @IsOptional()
  toolkitIds?: string[];

  @Field(() => Date, { nullable: true, description: 'Registration opens (default: on publishing).' })
  @IsOptional()
  @IsDate()
  registrationOpensAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Registration closes (default: when the event starts).' })
  @IsOptional()
  @IsDate()
  registrationClosesAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Organisers approve each registration.' })
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;

  @Field(() => Int, { nullable: true, description: 'Hours a waiting-list offer stays open (default 48).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  offerHours?: number;

  @Field(() => Int, { nullable: true, description: 'Days before the start to send the reminder (default 2).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  reminderDays?: number;

  @Field(() => Int, { nullable: true, description: 'Days after the end to purge sensitive answers (default 30).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  retentionDays?: number;
}

@InputType('UpdateEventInput', { description: 'Changes to an event; omitted fields stay as they are.' })
export class UpdateEventInput extends PartialType(CreateEventInput, InputType) {
  @Field(() => ID, { description: 'The event.' })
  @Allow()
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The event `version` the change was made from (optimistic concurrency): CONFLICT when the event has changed since. Omit to save regardless.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType('LinkEventCaseStudyInput', { description: 'A published case study to show at an event.' })
export class LinkEventCaseStudyInput {
  @Field(() => ID, { description: 'The event.' })
  @Allow()
  eventId!: string;

  @Field(() => ID, { description: 'The case study (must be published).' })
  @Allow()
  caseStudyId!: string;
}

@InputType('UnlinkEventCaseStudyInput', { description: 'A case study to stop showing at an event.' })
export class UnlinkEventCaseStudyInput {
  @Field(() => ID, { description: 'The event.' })
  @Allow()
  eventId!: string;

  @Field(() => ID, { description: 'The case study (published or not).' })
  @Allow()
  caseStudyId!: string;
}

@InputType('AddEventOrganiserInput', { description: 'A co-organiser to add to an event.' })
export class AddEventOrganiserInput {
  @Field(() => ID, { description: 'The event.' })
  @Allow()
  eventId!: string;

  @Field(() => String, { description: 'Email address of the person to add.' })
  @IsEmail()
  email!: string;
}
