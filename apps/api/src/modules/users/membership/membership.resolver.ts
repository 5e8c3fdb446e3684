import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Public } from '../../../common/auth/public.decorator';
import { Policy, Roles } from '../../../common/auth/roles.decorator';
import type { GqlContext } from '../../../common/graphql/gql-context';
import { clientIpOf } from '../../../common/http/client-ip';
import { Role } from '@mic/shared-util';
import { OrganisationModel } from '../../directory/graphql/directory.models';
import { toOrganisationModel } from '../../directory/directory.mapper';
import { MembershipModel, MembershipRequestModel } from '../graphql/membership.models';
import {
  ConfirmEmailInput,
  MembershipDecisionInput,
  RequestMembershipInput,
  VouchForMemberInput,
} from '../graphql/membership.inputs';
import { UserModel } from '../graphql/user.model';
import { toUserModel } from '../users.mapper';
import { MembershipService } from './membership.service';
import { SearchChanged } from '../../../common/search/search-changed.decorator';

/** Asking to join, confirming an email address, and deciding requests to join. */
@Resolver(() => MembershipRequestModel)
export class MembershipResolver {
  constructor(private readonly membership: MembershipService) {}

  @Policy('any signed-in person, for their own membership')
  @Mutation(() => UserModel, {
    description:
      'Ask to join an organisation. Grants nothing until verified (confirmed work email on its domain, a colleague or ICS admin vouching, or a regional admin approving). Asking again for the same organisation changes nothing.',
  })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async requestMembership(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RequestMembershipInput,
  ): Promise<UserModel> {
    return toUserModel(await this.membership.requestMembership(actor, input.organisationId));
  }

  @Public()
  @Mutation(() => UserModel, {
    description:
      'Use an emailed confirmation link (single use, 24 hours). Confirms the address and, when it is on a domain of the organisation asked for, verifies the membership.',
  })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async confirmEmail(@Args('input') input: ConfirmEmailInput): Promise<UserModel> {
    return toUserModel(await this.membership.confirmEmail(input.token));
  }

  @Policy('any signed-in person, for their own address (3 an hour)')
  @Mutation(() => Boolean, { description: 'Send a new confirmation link to your email address.' })
  resendEmailConfirmation(@CurrentUser() actor: AuthUser, @Context() ctx: GqlContext): Promise<boolean> {
    return this.membership.resendConfirmation(actor, clientIpOf(ctx.req));
  }

  @Policy('membership.policy canDecideMembership: verified member of the organisation, or ICS/regional admin')
  @Mutation(() => UserModel, { description: 'Verify a member by vouching for them. Audited.' })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async vouchForMember(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: VouchForMemberInput,
  ): Promise<UserModel> {
    return toUserModel(await this.membership.vouch(actor, input.userId));
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => UserModel, {
    description: 'Approve a request to join (regional admins; also after a decline). Audited.',
  })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async approveMembership(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: MembershipDecisionInput,
  ): Promise<UserModel> {
    return toUserModel(await this.membership.approve(actor, input.userId));
  }

  @Policy('membership.policy canDecideMembership: verified member of the organisation, or ICS/regional admin')
  @Mutation(() => UserModel, {
    description: 'Decline a request to join. The person is told and may ask again. Audited.',
  })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async declineMembership(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: MembershipDecisionInput,
  ): Promise<UserModel> {
    return toUserModel(await this.membership.decline(actor, input.userId));
  }

  @Query(() => [MembershipRequestModel], {
    description:
      'People waiting to join organisations you may vouch for (yours if you are verified; your ICS’s as an ICS admin; all as a regional admin), oldest first.',
  })
  async membershipRequests(@CurrentUser() actor: AuthUser): Promise<MembershipRequestModel[]> {
    const rows = await this.membership.pendingMembers(actor);
    return rows.map((r) => ({ id: r.userId, ...r }));
  }

  @ResolveField(() => UserModel, { description: 'The person asking.' })
  async user(request: MembershipRequestModel, _args: unknown, ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.userById.load(request.userId);
    if (!user) throw new Error(`user ${request.userId} missing`);
    return toUserModel(user);
  }

  @ResolveField(() => OrganisationModel, { description: 'The organisation they asked to join.' })
  async organisation(request: MembershipRequestModel, _args: unknown, ctx: GqlContext): Promise<OrganisationModel> {
    const org = await ctx.loaders.organisationById.load(request.organisationId);
    if (!org) throw new Error(`organisation ${request.organisationId} missing`);
    return toOrganisationModel(org);
  }
}

@Resolver(() => MembershipModel)
export class MembershipFieldsResolver {
  @ResolveField(() => OrganisationModel, { description: 'The organisation.' })
  async organisation(membership: MembershipModel, _args: unknown, ctx: GqlContext): Promise<OrganisationModel> {
    const org = await ctx.loaders.organisationById.load(membership.organisationId);
    if (!org) throw new Error(`organisation ${membership.organisationId} missing`);
    return toOrganisationModel(org);
  }
}
