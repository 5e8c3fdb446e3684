import { Int, ResolveField, Resolver } from '@nestjs/graphql';

import type { GqlContext } from '../../common/graphql/gql-context';
import { CaseStudyModel } from '../case-studies/graphql/case-study.model';
import type { OrganisationEntity } from '../directory/entities/organisation.entity';
import type { OutcomeMeasurementEntity } from '../metrics/entities/outcome-measurement.entity';
import { toAdoptionModel, toLineage } from './adoptions.mapper';
import { buildComparison } from './comparison';
import { AdoptionModel, LineageNodeModel, OutcomeComparisonModel } from './graphql/adoption.model';

/** Adoption fields on CaseStudy, all through per-request loaders. */
@Resolver(() => CaseStudyModel)
export class CaseStudyAdoptionsResolver {
  @ResolveField(() => Int, { description: 'How many organisations are adopting it.' })
  adoptionCount(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<number> {
    return ctx.loaders.adoptionCountByCaseStudyId.load(cs.id);
  }

  @ResolveField(() => [AdoptionModel], { description: 'Adopters, oldest first.' })
  async adoptions(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<AdoptionModel[]> {
    return (await ctx.loaders.adoptionsByCaseStudyId.load(cs.id)).map(toAdoptionModel);
  }

  @ResolveField(() => [LineageNodeModel], {
    description: 'Lineage: origin -> adopters -> their adopters, parents first.',
  })
  async lineage(cs: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<LineageNodeModel[]> {
    return toLineage(await ctx.loaders.adoptionsByCaseStudyId.load(cs.id));
  }

  @ResolveField(() => [OutcomeComparisonModel], {
    description:
      'Origin vs adopters side by side for shared metrics, per 100,000 residents where the ICS population is known.',
  })
  async outcomeComparison(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OutcomeComparisonModel[]> {
    const [adoptions, originRows, originOrg] = await Promise.all([
      ctx.loaders.adoptionsByCaseStudyId.load(cs.id),
      ctx.loaders.measurementsByCaseStudyId.load(cs.id),
      ctx.loaders.organisationById.load(cs.organisationId),
    ]);
    const [adopterRows, orgs, icss] = await Promise.all([
      ctx.loaders.measurementsByAdoptionId.loadMany(adoptions.map((a) => a.id)),
      ctx.loaders.organisationById.loadMany(adoptions.map((a) => a.organisationId)),
      ctx.loaders.icsById.loadMany(
        [cs.icsId, ...adoptions.map((a) => a.icsId)].filter((id): id is string => !!id),
      ),
    ]);
    const icsById = new Map(
      icss
        .filter((i) => i && !(i instanceof Error))
        .map((i) => [(i as { id: string }).id, i as never]),
    );
    const rows = (value: unknown): OutcomeMeasurementEntity[] =>
      Array.isArray(value) ? value : [];
    return buildComparison(
      {
        isOrigin: true,
        organisationName: originOrg?.name ?? '',
        ics: cs.icsId ? (icsById.get(cs.icsId) ?? null) : null,
        measurements: originRows,
      },
      adoptions.map((a, i) => ({
        isOrigin: false,
        organisationName: (orgs[i] as OrganisationEntity | null)?.name ?? '',
        ics: a.icsId ? (icsById.get(a.icsId) ?? null) : null,
        measurements: rows(adopterRows[i]),
      })),
    );
  }
}
