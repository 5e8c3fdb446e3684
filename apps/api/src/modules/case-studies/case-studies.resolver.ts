import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { PublicCacheable } from '../../common/public-cache/public-cacheable.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import {
  toIcsModel,
  toOrganisationModel,
  toPlaceModel,
  toThemeModel,
} from '../directory/directory.mapper';
import {
  IcsModel,
  OrganisationModel,
  PlaceModel,
  ThemeModel,
} from '../directory/graphql/directory.models';
import {
  toCaseStudyModel,
  toPartnerModel,
  toReviewModel,
  toVersionModel,
} from './case-studies.mapper';
import { canEditCaseStudy, checkReviewer, isReviewer } from './case-studies.policy';
import { CaseStudyStatus } from './case-study.enums';
import { CaseStudiesService } from './case-studies.service';
import {
  CaseStudiesArgs,
  CaseStudyIdInput,
  CreateCaseStudyInput,
  ReviewCaseStudyInput,
  UpdateCaseStudyInput,
} from './graphql/case-study.inputs';
import {
  CaseStudyConnection,
  CaseStudyContactModel,
  CaseStudyModel,
  CaseStudyPartnerModel,
  CaseStudyReviewModel,
  CaseStudyVersionModel,
  PeerReviewModel,
  RichTextModel,
} from './graphql/case-study.model';
import { SearchChanged } from '../../common/search/search-changed.decorator';
import { AlertWatchers } from '../../common/watching/alert-watchers.decorator';

@Resolver(() => CaseStudyModel)
export class CaseStudiesResolver {
  constructor(private readonly service: CaseStudiesService) {}

  @Public()
  @PublicCacheable()
  @Query(() => CaseStudyConnection, {
    description:
      'The practice library: published case studies (newest first), filtered and paged. Other statuses list only what the viewer may see.',
  })
  caseStudies(
    @CurrentUser() viewer: AuthUser | null,
    @Args() args: CaseStudiesArgs,
  ): Promise<CaseStudyConnection> {
    return this.service.list(viewer, args);
  }

  @Public()
  @PublicCacheable()
  @Query(() => CaseStudyModel, {
    description: 'One case study by slug. NOT_FOUND when missing or not visible to you.',
  })
  async caseStudy(
    @CurrentUser() viewer: AuthUser | null,
    @Args('slug', { type: () => String, description: 'The URL slug.' }) slug: string,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.bySlug(viewer, slug));
  }

  @Policy('Any signed-in member, for their own organisation (regional admins for any)')
  @Mutation(() => CaseStudyModel, { description: 'Start a draft case study.' })
  @SearchChanged({ CASE_STUDY: (cs: { id: string }) => [cs.id] })
  async createCaseStudy(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.create(actor, input));
  }

  @Policy('case-studies.policy canEditCaseStudy; optimistic expectedVersion (CONFLICT)')
  @Mutation(() => CaseStudyModel, {
    description: 'Edit a case study; editing a published one creates a new version.',
  })
  @SearchChanged({ CASE_STUDY: (cs: { id: string }) => [cs.id] })
  async updateCaseStudy(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.update(actor, input));
  }

  @Policy('case-studies.policy canSubmitCaseStudy: verified editors')
  @Mutation(() => CaseStudyModel, { description: 'Submit a draft for peer review.' })
  @SearchChanged({ CASE_STUDY: (cs: { id: string }) => [cs.id] })
  async submitCaseStudy(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CaseStudyIdInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.submit(actor, input.id));
  }

  @Policy('case-studies.policy checkReviewer: reviewer role, different ICS')
  @Mutation(() => CaseStudyModel, {
    description: 'Approve a submitted case study (publishes it with the peer-review badge).',
  })
  @SearchChanged({ CASE_STUDY: (cs: { id: string }) => [cs.id] })
  @AlertWatchers({ CASE_STUDY: (cs: { id: string }) => [cs.id] })
  async approveCaseStudy(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReviewCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.approve(actor, input));
  }

  @Policy('case-studies.policy checkReviewer: reviewer role, different ICS')
  @Mutation(() => CaseStudyModel, {
    description: 'Return a submitted case study to its authors with comments.',
  })
  @SearchChanged({ CASE_STUDY: (cs: { id: string }) => [cs.id] })
  async returnCaseStudy(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReviewCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.returnForChanges(actor, input));
  }

  @Policy('case-studies.policy canEditCaseStudy')
  @Mutation(() => CaseStudyModel, { description: 'Archive a case study (owners).' })
  @SearchChanged({ CASE_STUDY: (cs: { id: string }) => [cs.id] })
  async archiveCaseStudy(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CaseStudyIdInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.archive(actor, input.id));
  }

  @ResolveField(() => OrganisationModel, { description: 'The authoring (origin) organisation.' })
  async organisation(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OrganisationModel> {
    const org = await ctx.loaders.organisationById.load(cs.organisationId);
    if (!org) throw new Error(`organisation ${cs.organisationId} missing`);
    return toOrganisationModel(org);
  }

  @ResolveField(() => IcsModel, {
    nullable: true,
    description: 'The ICS, or null for region-wide practice.',
  })
  async ics(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<IcsModel | null> {
    if (!cs.icsId) return null;
    const ics = await ctx.loaders.icsById.load(cs.icsId);
    return ics ? toIcsModel(ics) : null;
  }

  /**
   * Resolved at the case study level (not on PeerReview) so the reviewer ICS
   * is batched with the case study ICS in one icsById load.
   */
  @ResolveField(() => PeerReviewModel, {
    nullable: true,
    description: 'The peer-review badge ("peer-reviewed by <ICS> on <date>"), once approved.',
  })
  async peerReview(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<PeerReviewModel | null> {
    if (!cs.review) return null;
    const ics = cs.review.icsId ? await ctx.loaders.icsById.load(cs.review.icsId) : null;
    return { reviewedAt: cs.review.reviewedAt, ics: ics ? toIcsModel(ics) : null };
  }

  @ResolveField(() => PlaceModel, {
    nullable: true,
    description: 'The place within the ICS, if one.',
  })
  async place(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<PlaceModel | null> {
    if (!cs.placeId) return null;
    const place = await ctx.loaders.placeById.load(cs.placeId);
    return place ? toPlaceModel(place) : null;
  }

  @ResolveField(() => [ThemeModel], { description: 'Themes.' })
  async themes(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<ThemeModel[]> {
    return (await ctx.loaders.themesByCaseStudyId.load(cs.id)).map(toThemeModel);
  }

  @ResolveField(() => [CaseStudyPartnerModel], {
    description: 'Partner organisations and their roles.',
  })
  async partners(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<CaseStudyPartnerModel[]> {
    return (await ctx.loaders.partnersByCaseStudyId.load(cs.id)).map(toPartnerModel);
  }

  @ResolveField(() => CaseStudyContactModel, {
    nullable: true,
    description: 'Contact person; the email only for signed-in members.',
  })
  contact(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): CaseStudyContactModel | null {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!cs.contact) return null;
    return viewer ? cs.contact : { ...cs.contact, email: null };
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Comments from the latest return (editors and reviewers only).',
  })
  reviewComments(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): string | null {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return canEditCaseStudy(viewer, cs) || isReviewer(viewer) ? cs.reviewComments : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit it.' })
  canEdit(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): boolean {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return canEditCaseStudy(viewer, cs);
  }

  @ResolveField(() => Boolean, {
    description:
      "Whether you may peer-review it now: it is submitted for review, you hold a reviewer role, and neither you nor your organisation is in its ICS or its authors' ICSs (the rule approveCaseStudy and returnCaseStudy apply).",
  })
  async canReview(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<boolean> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!viewer || cs.status !== CaseStudyStatus.SUBMITTED || !isReviewer(viewer)) return false;
    // Conflicts of interest count the organisation a reviewer asked to join, verified or not.
    const reviewerOrganisationId = viewer.membership?.organisationId ?? null;
    const [reviewerIcss, authorIcss] = await Promise.all([
      reviewerOrganisationId ? ctx.loaders.icssByOrganisationId.load(reviewerOrganisationId) : [],
      ctx.loaders.icssByOrganisationId.load(cs.organisationId),
    ]);
    return (
      checkReviewer(
        viewer,
        cs,
        reviewerIcss.map((ics) => ics.id),
        authorIcss.map((ics) => ics.id),
      ) === 'OK'
    );
  }

  @ResolveField(() => [CaseStudyVersionModel], { description: 'Published versions, newest first.' })
  async versions(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<CaseStudyVersionModel[]> {
    const withContactEmail = Boolean(ctx.req.user);
    return (await ctx.loaders.versionsByCaseStudyId.load(cs.id)).map((v) =>
      toVersionModel(v, { withContactEmail }),
    );
  }

  @ResolveField(() => [CaseStudyReviewModel], {
    description:
      'Peer-review decisions, newest first (editors and reviewers only; empty for others).',
  })
  async reviews(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<CaseStudyReviewModel[]> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return (await this.service.reviewsFor(viewer, cs, ctx.loaders.reviewsByCaseStudyId)).map(
      toReviewModel,
    );
  }
}

@Resolver(() => CaseStudyReviewModel)
export class CaseStudyReviewResolver {
  @ResolveField(() => IcsModel, { nullable: true, description: "The reviewer's ICS." })
  async ics(
    review: CaseStudyReviewModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<IcsModel | null> {
    if (!review.icsId) return null;
    const ics = await ctx.loaders.icsById.load(review.icsId);
    return ics ? toIcsModel(ics) : null;
  }
}

@Resolver(() => RichTextModel)
export class RichTextResolver {
  @ResolveField(() => String, {
    description: 'Sanitised HTML (no raw HTML, only http/https/mailto links).',
  })
  html(text: RichTextModel): string {
    return renderMarkdown(text.markdown);
  }
}
