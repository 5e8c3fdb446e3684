import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { MembershipStatus } from '../entities/user.entity';

registerEnumType(Role, { name: 'Role', description: 'Platform roles; ICS_ADMIN is scoped to one ICS.' });

@ObjectType('RoleAssignment', { description: 'A role a user holds, with its ICS scope for ICS_ADMIN.' })
export class RoleAssignmentModel {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  /** Resolved to `ics` through a loader. */
  icsId!: string | null;
}

@ObjectType('User', { description: 'A member of the commons.' })
export class UserModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => Boolean, { description: 'Whether membership of their organisation is verified.' })
  verified!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'How membership was verified: EMAIL_DOMAIN, VOUCHED, APPROVED, SEEDED or SSO (organisation sign-in).',
  })
  verificationMethod!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt!: Date;

  /** Exposed through a field resolver that checks who is asking. */
  email!: string;
  emailConfirmedAt!: Date | null;
  /** The organisation belonged to or asked for (null until chosen); see `membership`. */
  organisationId!: string | null;
  membershipStatus!: MembershipStatus | null;
  membershipRequestedAt!: Date | null;
  membershipDeclinedAt!: Date | null;
  verifiedAt!: Date | null;
  /** An admin's suspension of the whole account (see `suspension`, admins only). */
  accountSuspendedAt!: Date | null;
  accountSuspensionReason!: string | null;
}
