import { SearchChanged } from '../../common/search/search-changed.decorator';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import {
  toOrganisationModel,
  toOrganisationTypeModel,
  toReferenceCounts,
  toThemeModel,
} from './directory.mapper';
import { MergeOrganisationsInput, UpsertReferenceInput } from './graphql/directory.inputs';
import {
  OrganisationMergePreviewModel,
  OrganisationMergeResultModel,
  OrganisationTypeModel,
  ThemeModel,
} from './graphql/directory.models';
import { OrganisationMergeService } from './organisation-merge.service';
import { ReferenceDataService } from './reference-data.service';

/** Merging duplicate organisations (regional admins; ICS admins within their ICSs). */
@Resolver()
export class OrganisationMergeResolver {
  constructor(private readonly merges: OrganisationMergeService) {}

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Query(() => OrganisationMergePreviewModel, {
    description:
      "What merging the duplicate into the survivor would move: the duplicate's content, by kind.",
  })
  async organisationMergePreview(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: MergeOrganisationsInput,
  ) {
    const preview = await this.merges.preview(actor, input.survivorId, input.duplicateId);
    return {
      survivor: toOrganisationModel(preview.survivor),
      duplicate: toOrganisationModel(preview.duplicate),
      moves: toReferenceCounts(preview.counts),
    };
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => OrganisationMergeResultModel, {
    description:
      'Merge a duplicate organisation into the survivor: all its content moves, then it is removed and its old page redirects. BAD_USER_INPUT when both are the same; CONFLICT when both adopted one case study. Audited.',
  })
  async mergeOrganisations(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: MergeOrganisationsInput,
  ): Promise<OrganisationMergeResultModel> {
    const outcome = await this.merges.merge(actor, input.survivorId, input.duplicateId);
    return {
      survivor: toOrganisationModel(outcome.survivor),
      duplicateId: outcome.duplicateId,
      moved: toReferenceCounts(outcome.moved),
    };
  }
}

/** Themes and organisation types (regional admins). */
@Resolver()
export class ReferenceDataResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => ThemeModel, {
    description:
      'Add a theme or change its label, description or retirement (the key is fixed). Audited.',
  })
  @SearchChanged({ THEME: (th: { key: string }) => [th.key] })
  async upsertTheme(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpsertReferenceInput,
  ): Promise<ThemeModel> {
    return toThemeModel(await this.referenceData.upsertTheme(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => OrganisationTypeModel, {
    description:
      'Add an organisation type or change its label, description or retirement (the key is fixed). Audited.',
  })
  async upsertOrganisationType(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpsertReferenceInput,
  ): Promise<OrganisationTypeModel> {
    return toOrganisationTypeModel(await this.referenceData.upsertOrganisationType(actor, input));
  }
}
