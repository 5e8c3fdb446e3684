import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { toCaseStudyModel } from '../case-studies/case-studies.mapper';
import { CaseStudyModel } from '../case-studies/graphql/case-study.model';
import { toIcsModel, toOrganisationModel } from '../directory/directory.mapper';
import { IcsModel, OrganisationModel } from '../directory/graphql/directory.models';
import { toAdaptationModel, toAdoptionModel, toStageChangeModel } from './adoptions.mapper';
import { canEditAdoption } from './adoptions.policy';
import { AdoptionsService } from './adoptions.service';
import {
  AdoptCaseStudyInput,
  AdoptionsFilter,
  UpdateAdoptionInput,
} from './graphql/adoption.inputs';
import {
  AdaptationModel,
  AdoptionContactModel,
  AdoptionModel,
  AdoptionStageChangeModel,
  SpreadMatrixModel,
} from './graphql/adoption.model';
import { SpreadService } from './spread.service';
import { SearchChanged } from '../../common/search/search-changed.decorator';

@Resolver(() => AdoptionModel)
export class AdoptionsResolver {
  constructor(
    private readonly service: AdoptionsService,
    private readonly spread: SpreadService,
  ) {}

  @Public()
  @Query(() => [AdoptionModel], {
    description: 'Adoptions of published case studies, oldest first.',
  })
  async adoptions(
    @Args('filter', { type: () => AdoptionsFilter, nullable: true, description: 'Filters.' })
    filter?: AdoptionsFilter,
  ): Promise<AdoptionModel[]> {
    return (await this.service.list(filter)).map(toAdoptionModel);
  }

  @Public()
  @Query(() => AdoptionModel, {
    description: 'One adoption. NOT_FOUND when missing or not visible.',
  })
  async adoption(
    @CurrentUser() viewer: AuthUser | null,
    @Args('id', { type: () => ID, description: 'The adoption id.' }) id: string,
  ): Promise<AdoptionModel> {
    return toAdoptionModel(await this.service.byId(viewer, id));
  }

  @Public()
  @Query(() => SpreadMatrixModel, {
    description:
      'Spread view: every ICS x published case study with the furthest adoption stage, plus gap ICSs.',
  })
  spreadMatrix(
    @Args('theme', {
      type: () => String,
      nullable: true,
      description:
        'Only case studies with this theme (gap question: ICSs with no adoption of theme X).',
    })
    theme?: string,
  ): Promise<SpreadMatrixModel> {
    return this.spread.matrix(theme);
  }

  @Policy('adoptions.policy canDeclareAdoption: own organisation (regional admins any)')
  @Mutation(() => AdoptionModel, {
    description:
      'Declare that an organisation is adopting a published case study; notifies the originator.',
  })
  @SearchChanged({ ADOPTION: (a: { id: string }) => [a.id] })
  async adoptCaseStudy(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AdoptCaseStudyInput,
  ): Promise<AdoptionModel> {
    return toAdoptionModel(await this.service.adopt(actor, input));
  }

  @Policy('adoptions.policy canEditAdoption: adopting organisation, its ICS admin, regional admins')
  @Mutation(() => AdoptionModel, {
    description:
      'Change an adoption: stage (dated), readiness, barriers, enablers, contacts, adaptation log.',
  })
  @SearchChanged({ ADOPTION: (a: { id: string }) => [a.id] })
  async updateAdoption(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateAdoptionInput,
  ): Promise<AdoptionModel> {
    return toAdoptionModel(await this.service.update(actor, input));
  }

  @ResolveField(() => CaseStudyModel, { description: 'The case study being adopted.' })
  async caseStudy(
    adoption: AdoptionModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<CaseStudyModel> {
    const cs = await ctx.loaders.caseStudyById.load(adoption.caseStudyId);
    if (!cs) throw new Error(`case study ${adoption.caseStudyId} missing`);
    return toCaseStudyModel(cs);
  }

  @ResolveField(() => OrganisationModel, { description: 'The adopting organisation.' })
  async organisation(
    adoption: AdoptionModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OrganisationModel> {
    const org = await ctx.loaders.organisationById.load(adoption.organisationId);
    if (!org) throw new Error(`organisation ${adoption.organisationId} missing`);
    return toOrganisationModel(org);
  }

  @ResolveField(() => IcsModel, { nullable: true, description: 'The adopting ICS.' })
  async ics(adoption: AdoptionModel, _args: unknown, ctx: GqlContext): Promise<IcsModel | null> {
    if (!adoption.icsId) return null;
    const ics = await ctx.loaders.icsById.load(adoption.icsId);
    return ics ? toIcsModel(ics) : null;
  }

  @ResolveField(() => [AdoptionStageChangeModel], {
    description: 'Dated stage history, oldest first.',
  })
  async stageHistory(
    adoption: AdoptionModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<AdoptionStageChangeModel[]> {
    return (await ctx.loaders.stageChangesByAdoptionId.load(adoption.id)).map(toStageChangeModel);
  }

  @ResolveField(() => [AdaptationModel], {
    description: "Adaptation log against the origin's core components.",
  })
  async adaptations(
    adoption: AdoptionModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<AdaptationModel[]> {
    return (await ctx.loaders.adaptationsByAdoptionId.load(adoption.id)).map(toAdaptationModel);
  }

  @ResolveField(() => [AdoptionContactModel], {
    description: 'Named contacts on both sides; emails for signed-in members only.',
  })
  contacts(adoption: AdoptionModel, _args: unknown, ctx: GqlContext): AdoptionContactModel[] {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return viewer ? adoption.contacts : adoption.contacts.map((c) => ({ ...c, email: null }));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change it.' })
  canEdit(adoption: AdoptionModel, _args: unknown, ctx: GqlContext): boolean {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return canEditAdoption(viewer, adoption);
  }
}
