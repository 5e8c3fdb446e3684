import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { MembershipStatus } from '../entities/user.entity';
import { OrganisationRequestStatus } from '../entities/organisation-request.entity';

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description:
    'REQUESTED (asked to join, grants nothing yet), VERIFIED (proven: may act for the organisation) or DECLINED.',
});

@ObjectType('Membership', { description: 'A person’s membership of the organisation they asked to join.' })
export class MembershipModel {
  @Field(() => MembershipStatus, { description: 'Where the membership stands.' })
  status!: MembershipStatus;

  @Field(() => String, {
    nullable: true,
    description: 'How it was verified: EMAIL_DOMAIN, VOUCHED, APPROVED, SEEDED or SSO (organisation sign-in).',
  })
  verificationMethod!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the person asked to join.' })
  requestedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was verified.' })
  verifiedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was declined.' })
  declinedAt!: Date | null;

  /** Resolved to `organisation` through a loader. */
  organisationId!: string;
}

@ObjectType('MembershipRequest', { description: 'A person waiting to join an organisation.' })
export class MembershipRequestModel {
  @Field(() => ID, { description: 'Same as the person’s id.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When they asked.' })
  requestedAt!: Date;

  @Field(() => String, { description: 'Their email address (shown to those who may decide).' })
  email!: string;

  @Field(() => Boolean, { description: 'Whether they have confirmed their email address.' })
  emailConfirmed!: boolean;

  @Field(() => Boolean, {
    description: 'Whether their email address is on a domain the organisation owns.',
  })
  emailDomainMatches!: boolean;

  /** Resolved through loaders. */
  userId!: string;
  organisationId!: string;
}

@ObjectType('OrganisationRequest', {
  description: 'A request to add an organisation that is not yet in the directory.',
})
export class OrganisationRequestModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'The organisation’s name, as asked.' })
  name!: string;

  @Field(() => String, { description: 'Organisation type key.' })
  typeKey!: string;

  @Field(() => String, { nullable: true, description: 'Its website.' })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'The domain of its staff email addresses.' })
  emailDomain!: string | null;

  @Field(() => OrganisationRequestStatus, { description: 'Where the request stands.' })
  status!: OrganisationRequestStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  decisionNote!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was asked.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;

  /** Resolved through loaders. */
  requestedById!: string;
  icsId!: string;
  organisationId!: string | null;
}
