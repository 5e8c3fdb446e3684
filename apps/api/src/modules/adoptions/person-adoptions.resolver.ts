import { ResolveField, Resolver } from '@nestjs/graphql';

import type { GqlContext } from '../../common/graphql/gql-context';
import { CaseStudyStatus } from '../case-studies/case-study.enums';
import type { CaseStudyEntity } from '../case-studies/entities/case-study.entity';
import { PersonProfileModel } from '../users/graphql/person-profile.model';
import { toAdoptionModel } from './adoptions.mapper';
import { AdoptionModel } from './graphql/adoption.model';

const visible = (cs: CaseStudyEntity | Error | null): boolean =>
  !!cs &&
  !(cs instanceof Error) &&
  (cs.status === CaseStudyStatus.PUBLISHED || cs.status === CaseStudyStatus.ARCHIVED);

/** Adoptions on a member's profile (through per-request loaders). */
@Resolver(() => PersonProfileModel)
export class PersonAdoptionsResolver {
  @ResolveField(() => [AdoptionModel], {
    description:
      'Adoptions they declared, newest first, of case studies members may see (published or archived).',
  })
  async adoptions(
    person: PersonProfileModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<AdoptionModel[]> {
    const adoptions = await ctx.loaders.adoptionsByDeclarerId.load(person.id);
    const studies = await ctx.loaders.caseStudyById.loadMany(adoptions.map((a) => a.caseStudyId));
    return adoptions.filter((_a, i) => visible(studies[i])).map(toAdoptionModel);
  }
}
