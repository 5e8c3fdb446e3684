import type { OrganisationRequestEntity } from './entities/organisation-request.entity';
import type { MembershipModel, OrganisationRequestModel } from './graphql/membership.models';
import { MembershipStatus } from './entities/user.entity';
import type { UserEntity } from './entities/user.entity';
import type { UserModel } from './graphql/user.model';

export const toUserModel = (e: UserEntity): UserModel => ({
  id: e.id,
  name: e.name,
  email: e.email,
  organisationId: e.organisationId,
  verified: e.membershipStatus === MembershipStatus.VERIFIED && e.organisationId !== null,
  emailConfirmedAt: e.emailConfirmedAt,
  membershipStatus: e.membershipStatus,
  membershipRequestedAt: e.membershipRequestedAt,
  membershipDeclinedAt: e.membershipDeclinedAt,
  verifiedAt: e.verifiedAt,
  verificationMethod: e.verificationMethod,
  createdAt: e.createdAt,
  accountSuspendedAt: e.accountSuspendedAt,
  accountSuspensionReason: e.accountSuspensionReason,
});

/** The person's membership, or null when they have not chosen an organisation. */
export const toMembershipModel = (u: UserModel): MembershipModel | null =>
  u.organisationId && u.membershipStatus
    ? {
        organisationId: u.organisationId,
        status: u.membershipStatus,
        verificationMethod: u.membershipStatus === MembershipStatus.VERIFIED ? u.verificationMethod : null,
        requestedAt: u.membershipRequestedAt,
        verifiedAt: u.verifiedAt,
        declinedAt: u.membershipDeclinedAt,
      }
    : null;

export const toOrganisationRequestModel = (e: OrganisationRequestEntity): OrganisationRequestModel => ({
  id: e.id,
  name: e.name,
  typeKey: e.typeKey,
  website: e.website,
  emailDomain: e.emailDomain,
  status: e.status,
  decisionNote: e.decisionNote,
  createdAt: e.createdAt,
  decidedAt: e.decidedAt,
  requestedById: e.requestedById,
  icsId: e.icsId,
  organisationId: e.organisationId,
});
