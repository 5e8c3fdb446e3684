import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../common/graphql/pagination';
import { EventStatus } from '../entities/event.entity';
import { RegistrationStatus } from '../entities/registration.entity';

registerEnumType(RegistrationStatus, { name: 'RegistrationStatus', description: 'Where a registration stands.' });

@ObjectType('EventQuestion', { description: 'A registration question.' })
export class EventQuestionModel {
  @Field(() => String, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'The question.' })
  label!: string;

  @Field(() => String, { description: 'TEXT, CHOICE, MULTI_CHOICE or YES_NO.' })
  type!: string;

  @Field(() => Boolean, { description: 'Whether an answer is required.' })
  required!: boolean;

  @Field(() => Boolean, { description: 'Sensitive (access or dietary needs): purged after the event.' })
  sensitive!: boolean;

  @Field(() => [String], { description: 'Options for choice questions.' })
  options!: string[];
}

@ObjectType('EventQuota', { description: 'Places guaranteed to an ICS or organisation type.' })
export class EventQuotaModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'ICS or ORGANISATION_TYPE.' })
  kind!: string;

  @Field(() => String, { description: 'ICS ODS code or organisation type key.' })
  key!: string;

  @Field(() => Int, { description: 'Guaranteed places.' })
  places!: number;

  @Field(() => String, { description: 'What people read: the ICS short name or the organisation type label (the key when unknown).' })
  label!: string;
}

@ObjectType('Event', { description: 'A regional event with delegate registration.' })
export class EventModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Description, Markdown source.' })
  description!: string;

  @Field(() => String, { description: 'Description rendered as sanitised HTML.' })
  descriptionHtml!: string;

  @Field(() => Date, { description: 'Start (UTC).' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End (UTC).' })
  endsAt!: Date;

  @Field(() => String, { description: 'Time zone to show times in (Europe/London).' })
  timeZone!: string;

  @Field(() => String, { nullable: true, description: 'Venue name.' })
  venueName!: string | null;

  @Field(() => String, { nullable: true, description: 'Venue address.' })
  venueAddress!: string | null;

  @Field(() => Boolean, { description: 'Whether the event has an online link.' })
  isOnline!: boolean;

  @Field(() => EventStatus, { description: 'Status.' })
  status!: EventStatus;

  @Field(() => Int, { description: 'Total places.' })
  capacity!: number;

  @Field(() => Date, { nullable: true, description: 'Registration opens.' })
  registrationOpensAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Registration closes (null: when the event starts).' })
  registrationClosesAt!: Date | null;

  @Field(() => Boolean, { description: 'Organisers approve each registration.' })
  requiresApproval!: boolean;

  @Field(() => [EventQuestionModel], { description: 'Registration questions.' })
  questions!: EventQuestionModel[];

  @Field(() => [String], { description: 'Theme keys.' })
  themes!: string[];

  @Field(() => [String], { description: 'ICSs the event is for (empty: region-wide).' })
  icsOdsCodes!: string[];

  @Field(() => [ID], { description: 'Linked case study ids.' })
  caseStudyIds!: string[];

  @Field(() => [ID], { description: 'Linked toolkit ids.' })
  toolkitIds!: string[];

  @Field(() => Int, { description: 'Hours a waiting-list offer stays open.' })
  offerHours!: number;

  @Field(() => Int, { description: 'Days after the end when sensitive answers are purged.' })
  retentionDays!: number;

  @Field(() => String, { nullable: true, description: 'Where a seeded record came from.' })
  source!: string | null;

  @Field(() => Int, { description: 'Raised by every change to the event; send it back as `expectedVersion` to save only if nobody changed it since.' })
  version!: number;

  organiserOrganisationId!: string | null;
  organiserUserIds!: string[];
  onlineUrlValue!: string | null;
}

@ObjectType('EventConnection', { description: 'A page of events.' })
export class EventConnection extends Paginated(EventModel, 'Event') {}

@ObjectType('Registration', { description: 'A delegate registration for an event.' })
export class RegistrationModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => RegistrationStatus, { description: 'Status.' })
  status!: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Waiting-list number (given once, in the order people joined).' })
  waitlistPosition!: number | null;

  @Field(() => Date, { nullable: true, description: 'When an open offer of a place expires.' })
  offerExpiresAt!: Date | null;

  @Field(() => ID, { description: 'The event id.' })
  eventId!: string;

  @Field(() => String, { nullable: true, description: 'ICS of the delegate (ODS code) at registration.' })
  icsOdsCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation type of the delegate at registration.' })
  organisationTypeKey!: string | null;

  @Field(() => [String], { description: 'Organiser tags.' })
  tags!: string[];

  @Field(() => Date, { nullable: true, description: 'When the delegate was checked in.' })
  checkedInAt!: Date | null;

  @Field(() => Date, { description: 'When the registration was made.' })
  createdAt!: Date;

  userId!: string;
}

@ObjectType('RegistrationAnswer', { description: 'An answer to a registration question.' })
export class RegistrationAnswerModel {
  @Field(() => String, { description: 'The question id.' })
  questionId!: string;

  @Field(() => [String], { description: 'The answer (several for multi-choice).' })
  values!: string[];

  @Field(() => Boolean, { description: 'Sensitive answer (purged after the event).' })
  sensitive!: boolean;
}

@ObjectType('EventDelegate', { description: 'A registration as organisers see it.' })
export class DelegateModel {
  @Field(() => RegistrationModel, { description: 'The registration.' })
  registration!: RegistrationModel;

  @Field(() => String, { description: 'Delegate name.' })
  name!: string;

  @Field(() => String, { description: 'Delegate email.' })
  email!: string;

  @Field(() => String, { description: 'Delegate organisation.' })
  organisationName!: string;

  @Field(() => String, { nullable: true, description: 'Short name of the ICS the delegate was in at registration (e.g. "Black Country"); null when none.' })
  icsName!: string | null;

  @Field(() => String, { nullable: true, description: 'Label of the delegate\'s organisation type at registration (e.g. "NHS trust"); null when unknown.' })
  organisationTypeLabel!: string | null;

  @Field(() => [RegistrationAnswerModel], { description: 'Answers (sensitive ones until purged).' })
  answers!: RegistrationAnswerModel[];
}

@ObjectType('EventDelegateConnection', { description: 'A page of delegates.' })
export class DelegateConnection extends Paginated(DelegateModel, 'EventDelegate') {}

@ObjectType('AttendanceRow', { description: 'Confirmed and attended counts for one ICS and organisation type.' })
export class AttendanceRowModel {
  @Field(() => String, { nullable: true, description: 'ICS ODS code.' })
  icsOdsCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ICS short name (e.g. "Black Country"); null when not in an ICS.' })
  icsName!: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation type key.' })
  organisationTypeKey!: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation type label (e.g. "NHS trust"); null when unknown.' })
  organisationTypeLabel!: string | null;

  @Field(() => Int, { description: 'Confirmed delegates.' })
  confirmed!: number;

  @Field(() => Int, { description: 'Checked in.' })
  attended!: number;
}

@ObjectType('CheckInResult', { description: 'The outcome of a check-in scan or search.' })
export class CheckInResultModel {
  @Field(() => RegistrationModel, { description: 'The registration.' })
  registration!: RegistrationModel;

  @Field(() => Boolean, { description: 'True when the delegate had already been checked in.' })
  alreadyCheckedIn!: boolean;

  @Field(() => String, { description: 'A message to show, naming the person (UK time), e.g. "Jane Smith (Walsall Healthcare) checked in at 09:14."' })
  message!: string;

  @Field(() => DelegateModel, { description: 'Who was checked in: name, organisation and registration.' })
  delegate!: DelegateModel;
}
