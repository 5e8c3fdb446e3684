import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy, Roles } from '../../../common/auth/roles.decorator';
import type { GqlContext } from '../../../common/graphql/gql-context';
import { IcsModel, OrganisationModel, OrganisationTypeModel } from '../../directory/graphql/directory.models';
import { toIcsModel, toOrganisationModel, toOrganisationTypeModel } from '../../directory/directory.mapper';
import { OrganisationRequestStatus } from '../entities/organisation-request.entity';
import {
  CreateRequestedOrganisationInput,
  MatchOrganisationRequestInput,
  RejectOrganisationRequestInput,
  RequestOrganisationInput,
} from '../graphql/membership.inputs';
import { OrganisationRequestModel } from '../graphql/membership.models';
import { UserModel } from '../graphql/user.model';
import { toOrganisationRequestModel, toUserModel } from '../users.mapper';
import { OrganisationRequestsService } from './organisation-requests.service';
import { SearchChanged } from '../../../common/search/search-changed.decorator';

@Resolver(() => OrganisationRequestModel)
export class OrganisationRequestsResolver {
  constructor(private readonly requests: OrganisationRequestsService) {}

  @Policy('any signed-in person; one open request at a time')
  @Mutation(() => OrganisationRequestModel, {
    description: '"My organisation is not listed": ask for it to be added. Admins for its ICS decide.',
  })
  async requestOrganisation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RequestOrganisationInput,
  ): Promise<OrganisationRequestModel> {
    return toOrganisationRequestModel(await this.requests.request(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => OrganisationRequestModel, {
    description:
      'Add a requested organisation to the directory (regional admins; ICS admins for its ICS). The requester is then asked to join it. Audited.',
  })
  @SearchChanged({ ORGANISATION: (r: { organisationId: string | null }) => [r.organisationId] })
  async createRequestedOrganisation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateRequestedOrganisationInput,
  ): Promise<OrganisationRequestModel> {
    return toOrganisationRequestModel(await this.requests.create(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => OrganisationRequestModel, {
    description:
      'Approve a request by matching it to an organisation already listed (regional admins; ICS admins for its ICS). The requester is asked to join it. Audited.',
  })
  async matchOrganisationRequest(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: MatchOrganisationRequestInput,
  ): Promise<OrganisationRequestModel> {
    return toOrganisationRequestModel(await this.requests.match(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => OrganisationRequestModel, {
    description: 'Reject a request for a new organisation, saying why. Audited.',
  })
  async rejectOrganisationRequest(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RejectOrganisationRequestInput,
  ): Promise<OrganisationRequestModel> {
    return toOrganisationRequestModel(await this.requests.reject(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Query(() => [OrganisationRequestModel], {
    description: 'Organisation requests in a status (regional admins: all; ICS admins: their ICS).',
  })
  async organisationRequests(
    @CurrentUser() actor: AuthUser,
    @Args('status', {
      type: () => OrganisationRequestStatus,
      defaultValue: OrganisationRequestStatus.REQUESTED,
      description: 'Which requests (default: waiting).',
    })
    status: OrganisationRequestStatus,
  ): Promise<OrganisationRequestModel[]> {
    return (await this.requests.list(actor, status)).map(toOrganisationRequestModel);
  }

  @Query(() => [OrganisationRequestModel], { description: 'Your own organisation requests, newest first.' })
  async myOrganisationRequests(@CurrentUser() actor: AuthUser): Promise<OrganisationRequestModel[]> {
    return (await this.requests.mine(actor)).map(toOrganisationRequestModel);
  }

  @ResolveField(() => UserModel, { description: 'Who asked.' })
  async requestedBy(request: OrganisationRequestModel, _args: unknown, ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.userById.load(request.requestedById);
    if (!user) throw new Error(`user ${request.requestedById} missing`);
    return toUserModel(user);
  }

  @ResolveField(() => IcsModel, { description: 'The ICS it belongs to.' })
  async ics(request: OrganisationRequestModel, _args: unknown, ctx: GqlContext): Promise<IcsModel> {
    const ics = await ctx.loaders.icsById.load(request.icsId);
    if (!ics) throw new Error(`ics ${request.icsId} missing`);
    return toIcsModel(ics);
  }

  @ResolveField(() => OrganisationTypeModel, { nullable: true, description: 'Its organisation type.' })
  async type(request: OrganisationRequestModel, _args: unknown, ctx: GqlContext): Promise<OrganisationTypeModel | null> {
    const type = await ctx.loaders.organisationTypeByKey.load(request.typeKey);
    return type ? toOrganisationTypeModel(type) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation created from it.' })
  async organisation(request: OrganisationRequestModel, _args: unknown, ctx: GqlContext): Promise<OrganisationModel | null> {
    if (!request.organisationId) return null;
    const org = await ctx.loaders.organisationById.load(request.organisationId);
    return org ? toOrganisationModel(org) : null;
  }
}
