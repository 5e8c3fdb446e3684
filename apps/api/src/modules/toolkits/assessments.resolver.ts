import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import {
  SaveAssessmentInput,
  StartAssessmentInput,
  SubmitAssessmentInput,
} from './graphql/toolkit.inputs';
import { AssessmentModel, ToolkitVersionModel } from './graphql/toolkit.models';
import { toAssessmentModel, toVersionModel } from './toolkits.mapper';
import { ToolkitsService } from './toolkits.service';

@Resolver(() => AssessmentModel)
export class AssessmentsResolver {
  constructor(private readonly toolkits: ToolkitsService) {}

  @Query(() => [AssessmentModel], { description: 'Your assessments, most recently saved first.' })
  async myAssessments(@CurrentUser() user: AuthUser): Promise<AssessmentModel[]> {
    return (await this.toolkits.myAssessments(user)).map(toAssessmentModel);
  }

  @Query(() => AssessmentModel, { description: 'One of your assessments.' })
  async assessment(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssessmentModel> {
    return toAssessmentModel((await this.toolkits.ownAssessment(user, id)).assessment);
  }

  @Policy('any signed-in member; the assessment is their own')
  @Mutation(() => AssessmentModel, { description: 'Start filling in the current version’s form.' })
  async startAssessment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: StartAssessmentInput,
  ): Promise<AssessmentModel> {
    return toAssessmentModel(await this.toolkits.startAssessment(user, input));
  }

  @Policy('own draft assessments only')
  @Mutation(() => AssessmentModel, { description: 'Save answers (save and resume later).' })
  async saveAssessment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SaveAssessmentInput,
  ): Promise<AssessmentModel> {
    return toAssessmentModel(await this.toolkits.saveAssessment(user, input));
  }

  @Policy('own draft assessments only; every closed question answered')
  @Mutation(() => AssessmentModel, { description: 'Submit a completed assessment.' })
  async submitAssessment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SubmitAssessmentInput,
  ): Promise<AssessmentModel> {
    return toAssessmentModel(await this.toolkits.submitAssessment(user, input));
  }

  @ResolveField(() => ToolkitVersionModel, {
    description: 'The toolkit version (and form) it answers.',
  })
  async toolkitVersion(assessment: AssessmentModel, _args: unknown, ctx: GqlContext): Promise<ToolkitVersionModel> {
    const version = await ctx.loaders.versionById.load(assessment.toolkitVersionId);
    if (!version) throw new Error(`toolkit version ${assessment.toolkitVersionId} missing`);
    return toVersionModel(version);
  }
}
