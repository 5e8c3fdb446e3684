import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { toAdoptionModel } from '../adoptions/adoptions.mapper';
import { AdoptionModel } from '../adoptions/graphql/adoption.model';
import { toCaseStudyModel } from '../case-studies/case-studies.mapper';
import { CaseStudyModel } from '../case-studies/graphql/case-study.model';
import { toAttachedAssessmentModel } from './assessment-links.mapper';
import { AssessmentLinksService } from './assessment-links.service';
import {
  AttachAssessmentToAdoptionInput,
  AttachAssessmentToCaseStudyInput,
  AttachedAssessmentModel,
} from './graphql/assessment-link.models';

@Resolver(() => CaseStudyModel)
export class CaseStudyAssessmentsResolver {
  constructor(private readonly service: AssessmentLinksService) {}

  @Policy('own submitted assessment; case-studies.policy canEditCaseStudy')
  @Mutation(() => CaseStudyModel, {
    description: 'Attach your submitted toolkit assessment to a case study you can edit.',
  })
  async attachAssessmentToCaseStudy(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AttachAssessmentToCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.service.attachToCaseStudy(user, input));
  }

  @ResolveField(() => [AttachedAssessmentModel], {
    description: 'Submitted toolkit assessments attached as evidence, oldest first.',
  })
  async assessments(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<AttachedAssessmentModel[]> {
    return (await ctx.loaders.assessmentLinksByCaseStudyId.load(cs.id)).map(
      toAttachedAssessmentModel,
    );
  }
}

@Resolver(() => AdoptionModel)
export class AdoptionAssessmentsResolver {
  constructor(private readonly service: AssessmentLinksService) {}

  @Policy('own submitted assessment; adoptions.policy canEditAdoption')
  @Mutation(() => AdoptionModel, {
    description: 'Attach your submitted toolkit assessment to an adoption you can edit.',
  })
  async attachAssessmentToAdoption(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AttachAssessmentToAdoptionInput,
  ): Promise<AdoptionModel> {
    return toAdoptionModel(await this.service.attachToAdoption(user, input));
  }

  @ResolveField(() => [AttachedAssessmentModel], {
    description: 'Submitted toolkit assessments attached as evidence, oldest first.',
  })
  async assessments(adoption: AdoptionModel, _args: unknown, ctx: GqlContext): Promise<AttachedAssessmentModel[]> {
    return (await ctx.loaders.assessmentLinksByAdoptionId.load(adoption.id)).map(
      toAttachedAssessmentModel,
    );
  }
}
