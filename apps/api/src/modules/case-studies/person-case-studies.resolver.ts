import { ResolveField, Resolver } from '@nestjs/graphql';

import type { GqlContext } from '../../common/graphql/gql-context';
import { PersonProfileModel } from '../users/graphql/person-profile.model';
import { toCaseStudyModel } from './case-studies.mapper';
import { CaseStudyModel } from './graphql/case-study.model';

/** Case studies on a member's profile (through a per-request loader). */
@Resolver(() => PersonProfileModel)
export class PersonCaseStudiesResolver {
  @ResolveField(() => [CaseStudyModel], {
    description: 'Published or archived case studies they wrote, newest first (never drafts).',
  })
  async caseStudies(
    person: PersonProfileModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<CaseStudyModel[]> {
    return (await ctx.loaders.visibleCaseStudiesByAuthorId.load(person.id)).map((e) =>
      toCaseStudyModel(e),
    );
  }
}
