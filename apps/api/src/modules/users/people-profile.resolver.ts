import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { toIcsModel, toOrganisationModel } from '../directory/directory.mapper';
import { IcsModel, OrganisationModel } from '../directory/graphql/directory.models';
import { PersonProfileModel } from './graphql/person-profile.model';
import { UsersService } from './users.service';

/** `person(id)`: a verified member's profile for other signed-in members. */
@Resolver(() => PersonProfileModel)
export class PeopleProfileResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => PersonProfileModel, {
    description:
      'A verified member (users.policy canViewProfile: any signed-in viewer). NOT_FOUND for an unknown, unverified or malformed id; never shows the email.',
  })
  async person(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersonProfileModel> {
    const user = await this.users.profile(viewer, id);
    return { id: user.id, name: user.name, organisationId: user.organisationId };
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'Their organisation.' })
  async organisation(
    person: PersonProfileModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OrganisationModel | null> {
    if (!person.organisationId) return null;
    const org = await ctx.loaders.organisationById.load(person.organisationId);
    return org ? toOrganisationModel(org) : null;
  }

  @ResolveField(() => [IcsModel], { description: "Their organisation's ICSs." })
  async icss(person: PersonProfileModel, _args: unknown, ctx: GqlContext): Promise<IcsModel[]> {
    if (!person.organisationId) return [];
    const icss = await ctx.loaders.icssByOrganisationId.load(person.organisationId);
    return icss.map(toIcsModel);
  }

  @ResolveField(() => [Role], { description: 'Role badges (roles held, without scope).' })
  async roles(person: PersonProfileModel, _args: unknown, ctx: GqlContext): Promise<Role[]> {
    const rows = await ctx.loaders.rolesByUserId.load(person.id);
    return [...new Set(rows.map((r) => r.role))];
  }
}
