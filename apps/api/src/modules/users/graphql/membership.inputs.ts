import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { Allow, IsOptional, IsUUID, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';

import { OrganisationRequestStatus } from '../entities/organisation-request.entity';

registerEnumType(OrganisationRequestStatus, {
  name: 'OrganisationRequestStatus',
  description: 'REQUESTED (waiting for an admin), CREATED (the organisation was added) or REJECTED.',
});

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Trims, lower-cases and drops a leading "@" from a domain; blank becomes undefined. */
const NormaliseDomain = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase().replace(/^@/, '') || undefined : value,
  );

/** Trims text; blank becomes undefined (so optional fields may be left empty). */
const TrimmedOptional = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() || undefined : value,
  );

const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

@InputType('RequestMembershipInput', { description: 'Ask to join an organisation listed in the directory.' })
export class RequestMembershipInput {
  @Field(() => ID, { description: 'The organisation to join.' })
  @Allow()
  organisationId!: string;
}

@InputType('ConfirmEmailInput', { description: 'Use the link sent to your mailbox.' })
export class ConfirmEmailInput {
  @Field(() => String, { description: 'The token from the confirmation link.' })
  @IsString()
  @Trimmed()
  @Length(20, 200, { message: 'This confirmation link is not valid' })
  token!: string;
}

@InputType('MembershipDecisionInput', { description: 'Approve or decline a request to join an organisation.' })
export class MembershipDecisionInput {
  @Field(() => ID, { description: 'The person asking to join.' })
  @Allow()
  userId!: string;
}

@InputType('RequestOrganisationInput', {
  description: '"My organisation is not listed": ask for an organisation to be added to the directory.',
})
export class RequestOrganisationInput {
  @Field(() => String, { description: 'Its full name (2 to 200 characters).' })
  @IsString()
  @Trimmed()
  @Length(2, 200, { message: 'Enter the organisation’s name (2 to 200 characters)' })
  name!: string;

  @Field(() => String, { description: 'Organisation type key, e.g. LOCAL_AUTHORITY.' })
  @IsString()
  @Matches(/^[A-Z_]{2,60}$/, { message: 'Choose an organisation type' })
  typeKey!: string;

  @Field(() => String, { description: 'ODS code of its ICS.' })
  @IsString()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'Choose the ICS it belongs to' })
  icsOdsCode!: string;

  @Field(() => String, { nullable: true, description: 'Its website (https://…).' })
  @IsOptional()
  @TrimmedOptional()
  @MaxLength(300)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Enter a website address starting with https://' },
  )
  website?: string;

  @Field(() => String, { nullable: true, description: 'The domain of its staff email addresses, e.g. walsall.gov.uk.' })
  @IsOptional()
  @NormaliseDomain()
  @Matches(DOMAIN, { message: 'Enter an email domain like walsall.gov.uk' })
  emailDomain?: string;
}

@InputType('CreateRequestedOrganisationInput', {
  description: 'Add a requested organisation to the directory (corrections optional).',
})
export class CreateRequestedOrganisationInput {
  @Field(() => ID, { description: 'The organisation request.' })
  @Allow()
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Corrected name.' })
  @IsOptional()
  @TrimmedOptional()
  @Length(2, 200, { message: 'Enter the organisation’s name (2 to 200 characters)' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Corrected organisation type key.' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,60}$/, { message: 'Choose an organisation type' })
  typeKey?: string;

  @Field(() => String, { nullable: true, description: 'Corrected website.' })
  @IsOptional()
  @TrimmedOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Enter a website address starting with https://' },
  )
  website?: string;

  @Field(() => String, { nullable: true, description: 'Corrected staff email domain.' })
  @IsOptional()
  @NormaliseDomain()
  @Matches(DOMAIN, { message: 'Enter an email domain like walsall.gov.uk' })
  emailDomain?: string;
}

@InputType('RejectOrganisationRequestInput', { description: 'Reject a request for a new organisation.' })
export class RejectOrganisationRequestInput {
  @Field(() => ID, { description: 'The organisation request.' })
  @Allow()
  requestId!: string;

  @Field(() => String, { description: 'Why (shown to the person who asked), 5 to 500 characters.' })
  @IsString()
  @Trimmed()
  @Length(5, 500, { message: 'Say why in 5 to 500 characters' })
  reason!: string;
}

@InputType('VouchForMemberInput', { description: 'Vouch that a person belongs to the organisation they asked to join.' })
export class VouchForMemberInput extends MembershipDecisionInput {}

@InputType('MatchOrganisationRequestInput', {
  description: 'Approve a request by matching it to an organisation already listed (under another name).',
})
export class MatchOrganisationRequestInput {
  @Field(() => ID, { description: 'The organisation request.' })
  @IsUUID('all', { message: 'Choose a request' })
  requestId!: string;

  @Field(() => ID, { description: 'The listed organisation the requester meant.' })
  @IsUUID('all', { message: 'Choose the organisation already listed' })
  organisationId!: string;
}
