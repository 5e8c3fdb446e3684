import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { toOrganisationModel } from '../directory/directory.mapper';
import { OrganisationModel } from '../directory/graphql/directory.models';
import { toFileModel } from '../files/files.mapper';
import { FileModel } from '../files/graphql/file.model';
import { CreateToolkitInput, PublishToolkitVersionInput } from './graphql/toolkit.inputs';
import { SectionChangeModel, ToolkitModel, ToolkitVersionModel } from './graphql/toolkit.models';
import { toToolkitModel, toVersionModel } from './toolkits.mapper';
import { canPublishVersion } from './toolkits.policy';
import { ToolkitsService } from './toolkits.service';

@Resolver(() => ToolkitModel)
export class ToolkitsResolver {
  constructor(private readonly service: ToolkitsService) {}

  @Query(() => [ToolkitModel], { description: 'All toolkits, by title (members).' })
  async toolkits(): Promise<ToolkitModel[]> {
    return (await this.service.toolkits()).map(toToolkitModel);
  }

  @Query(() => ToolkitModel, { nullable: true, description: 'One toolkit by slug, or null.' })
  async toolkit(@Args('slug') slug: string): Promise<ToolkitModel | null> {
    const toolkit = await this.service.toolkit(slug);
    return toolkit ? toToolkitModel(toolkit) : null;
  }

  @Policy(
    'toolkits.policy canCreateToolkit: verified member of the owning organisation, or regional admin',
  )
  @Mutation(() => ToolkitModel, { description: 'Create a toolkit with its first version.' })
  async createToolkit(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateToolkitInput,
  ): Promise<ToolkitModel> {
    return toToolkitModel(await this.service.createToolkit(user, input));
  }

  @Policy(
    'toolkits.policy canPublishVersion: creator, verified member of the owning organisation, or regional admin',
  )
  @Mutation(() => ToolkitVersionModel, {
    description: 'Publish a new version; followers and downloaders are told what changed.',
  })
  async publishToolkitVersion(
    @CurrentUser() user: AuthUser,
    @Args('input') input: PublishToolkitVersionInput,
  ): Promise<ToolkitVersionModel> {
    return toVersionModel(await this.service.publishVersion(user, input));
  }

  @ResolveField(() => [ToolkitVersionModel], { description: 'All versions, newest first.' })
  async versions(toolkit: ToolkitModel, _args: unknown, ctx: GqlContext): Promise<ToolkitVersionModel[]> {
    return (await ctx.loaders.versionsByToolkitId.load(toolkit.id)).map(toVersionModel);
  }

  @ResolveField(() => ToolkitVersionModel, { nullable: true, description: 'The latest version.' })
  async currentVersion(toolkit: ToolkitModel, _args: unknown, ctx: GqlContext): Promise<ToolkitVersionModel | null> {
    const [latest] = await ctx.loaders.versionsByToolkitId.load(toolkit.id);
    return latest ? toVersionModel(latest) : null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the signed-in user may publish a new version (toolkits.policy canPublishVersion).',
  })
  viewerCanPublish(toolkit: ToolkitModel, _args: unknown, ctx: GqlContext): boolean {
    const user: AuthUser | null = ctx.req.user ?? null;
    return user ? canPublishVersion(user, toolkit) : false;
  }

  @ResolveField(() => OrganisationModel, { description: 'The owning organisation.' })
  async ownerOrganisation(toolkit: ToolkitModel, _args: unknown, ctx: GqlContext): Promise<OrganisationModel> {
    const org = await ctx.loaders.organisationById.load(toolkit.ownerOrganisationId);
    if (!org) throw new Error(`organisation ${toolkit.ownerOrganisationId} missing`);
    return toOrganisationModel(org);
  }
}

@Resolver(() => ToolkitVersionModel)
export class ToolkitVersionsResolver {
  constructor(private readonly toolkits: ToolkitsService) {}

  @ResolveField(() => [SectionChangeModel], {
    description: 'Section-level diff against the previous version.',
  })
  async diff(version: ToolkitVersionModel, _args: unknown, ctx: GqlContext): Promise<SectionChangeModel[]> {
    const all = await ctx.loaders.versionsByToolkitId.load(version.toolkitId);
    const entity = all.find((v) => v.id === version.id);
    return entity ? this.toolkits.diff(entity, all) : [];
  }

  @ResolveField(() => [FileModel], { description: 'Files of this version.' })
  async files(version: ToolkitVersionModel, _args: unknown, ctx: GqlContext): Promise<FileModel[]> {
    return (await ctx.loaders.filesByVersionId.load(version.id)).map(toFileModel);
  }
}
