import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { PublicCacheable } from '../../common/public-cache/public-cacheable.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { OrganisationEntity } from './entities/organisation.entity';
import type { GqlContext } from '../../common/graphql/gql-context';
import {
  toIcsModel,
  toNetworkModel,
  toOrganisationModel,
  toOrganisationTypeModel,
  toPlaceModel,
  toThemeModel,
} from './directory.mapper';
import { DirectoryService, REGION } from './directory.service';
import {
  CreateOrganisationInput,
  OrganisationsArgs,
  UpdateOrganisationInput,
} from './graphql/directory.inputs';
import {
  IcsModel,
  NetworkModel,
  OrganisationConnection,
  OrganisationModel,
  OrganisationTypeModel,
  PlaceModel,
  RegionModel,
  ThemeModel,
} from './graphql/directory.models';
import { SearchChanged } from '../../common/search/search-changed.decorator';

@Resolver(() => IcsModel)
export class IcsResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Public()
  @PublicCacheable()
  @Query(() => RegionModel, { description: 'The NHS Midlands region.' })
  region(): RegionModel {
    return REGION;
  }

  @Public()
  @PublicCacheable()
  @Query(() => [IcsModel], { description: 'The 11 Midlands ICSs, by name.' })
  async icss(): Promise<IcsModel[]> {
    return (await this.directory.icss()).map(toIcsModel);
  }

  @Public()
  @PublicCacheable()
  @Query(() => IcsModel, { nullable: true, description: 'One ICS by its ODS code, or null.' })
  async ics(@Args('odsCode', { type: () => String }) odsCode: string): Promise<IcsModel | null> {
    const ics = await this.directory.ics(odsCode);
    return ics ? toIcsModel(ics) : null;
  }

  @Public()
  @PublicCacheable()
  @Query(() => [ThemeModel], { description: '4th-purpose themes (retired ones only when asked).' })
  async themes(
    @Args('includeRetired', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Also retired themes.',
    })
    includeRetired: boolean,
  ): Promise<ThemeModel[]> {
    return (await this.directory.themes())
      .filter((t) => includeRetired || !t.retiredAt)
      .map(toThemeModel);
  }

  @Public()
  @PublicCacheable()
  @Query(() => [OrganisationTypeModel], {
    description: 'Organisation types (retired ones only when asked).',
  })
  async organisationTypes(
    @Args('includeRetired', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Also retired types.',
    })
    includeRetired: boolean,
  ): Promise<OrganisationTypeModel[]> {
    return (await this.directory.organisationTypes())
      .filter((t) => includeRetired || !t.retiredAt)
      .map(toOrganisationTypeModel);
  }

  @Public()
  @PublicCacheable()
  @Query(() => [NetworkModel], { description: 'Anchor networks.' })
  async networks(): Promise<NetworkModel[]> {
    return (await this.directory.networks()).map(toNetworkModel);
  }

  @ResolveField(() => [PlaceModel], { description: 'Places within the ICS, by name.' })
  async places(ics: IcsModel, _args: unknown, ctx: GqlContext): Promise<PlaceModel[]> {
    return (await ctx.loaders.placesByIcsId.load(ics.id)).map(toPlaceModel);
  }
}

@Resolver(() => PlaceModel)
export class PlaceResolver {
  @ResolveField(() => IcsModel, { description: 'The ICS the place is in.' })
  async ics(place: PlaceModel, _args: unknown, ctx: GqlContext): Promise<IcsModel> {
    const ics = await ctx.loaders.icsById.load(place.icsId);
    if (!ics) throw new Error(`ics ${place.icsId} missing`);
    return toIcsModel(ics);
  }
}

@Resolver(() => NetworkModel)
export class NetworkResolver {
  @ResolveField(() => IcsModel, { nullable: true, description: 'The ICS it works in, if one.' })
  async ics(network: NetworkModel, _args: unknown, ctx: GqlContext): Promise<IcsModel | null> {
    if (!network.icsId) return null;
    const ics = await ctx.loaders.icsById.load(network.icsId);
    return ics ? toIcsModel(ics) : null;
  }

  @ResolveField(() => [OrganisationModel], { description: 'Lead organisations.' })
  async leadOrganisations(
    network: NetworkModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OrganisationModel[]> {
    const orgs = await ctx.loaders.organisationById.loadMany(network.leadOrganisationIds);
    return orgs
      .filter((o): o is OrganisationEntity => !!o && !(o instanceof Error))
      .map(toOrganisationModel);
  }
}

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Public()
  @PublicCacheable()
  @Query(() => OrganisationConnection, {
    description: 'Organisations, filtered and paged, by name.',
  })
  organisations(@Args() args: OrganisationsArgs): Promise<OrganisationConnection> {
    return this.directory.organisations(args);
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Query(() => OrganisationConnection, {
    description:
      'The admin list of organisations, filtered and paged, by name: every organisation for regional admins, those in the ICSs they administer for ICS admins.',
  })
  adminOrganisations(
    @CurrentUser() actor: AuthUser,
    @Args() args: OrganisationsArgs,
  ): Promise<OrganisationConnection> {
    return this.directory.adminOrganisations(actor, args);
  }

  @Public()
  @PublicCacheable()
  @Query(() => OrganisationModel, { nullable: true, description: 'One organisation, or null.' })
  async organisation(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrganisationModel | null> {
    const org = await this.directory.organisation(id);
    return org ? toOrganisationModel(org) : null;
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => OrganisationModel, {
    description: 'Add an organisation (admins, within their ICS). Audited.',
  })
  @SearchChanged({ ORGANISATION: (o: { id: string }) => [o.id] })
  async createOrganisation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.directory.createOrganisation(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => OrganisationModel, {
    description: 'Change an organisation (admins, within their ICS). Audited.',
  })
  @SearchChanged({ ORGANISATION: (o: { id: string }) => [o.id] })
  async updateOrganisation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.directory.updateOrganisation(actor, input));
  }

  @ResolveField(() => OrganisationTypeModel, { description: 'The kind of organisation.' })
  async type(
    org: OrganisationModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OrganisationTypeModel> {
    const type = await ctx.loaders.organisationTypeByKey.load(org.typeKey);
    return type ? toOrganisationTypeModel(type) : { key: org.typeKey, label: org.typeKey };
  }

  @ResolveField(() => [IcsModel], { description: 'ICSs the organisation belongs to.' })
  async icss(org: OrganisationModel, _args: unknown, ctx: GqlContext): Promise<IcsModel[]> {
    return (await ctx.loaders.icssByOrganisationId.load(org.id)).map(toIcsModel);
  }

  @ResolveField(() => [PlaceModel], { description: 'Places the organisation serves.' })
  async places(org: OrganisationModel, _args: unknown, ctx: GqlContext): Promise<PlaceModel[]> {
    return (await ctx.loaders.placesByOrganisationId.load(org.id)).map(toPlaceModel);
  }
}
