import { defineLoaders } from '../../../common/loaders/request-loaders';
import { AdoptionsRepository } from '../adoptions.repository';
import {
  adaptationsByAdoptionIdLoader,
  adoptionCountByCaseStudyIdLoader,
  adoptionsByCaseStudyIdLoader,
  adoptionsByDeclarerIdLoader,
  stageChangesByAdoptionIdLoader,
} from './adoptions.loaders';

/** Adoptions' DataLoaders, fresh for each request. */
const adoptionsLoaders = (repo: AdoptionsRepository) => ({
  adoptionCountByCaseStudyId: adoptionCountByCaseStudyIdLoader(repo),
  adoptionsByCaseStudyId: adoptionsByCaseStudyIdLoader(repo),
  adoptionsByDeclarerId: adoptionsByDeclarerIdLoader(repo),
  stageChangesByAdoptionId: stageChangesByAdoptionIdLoader(repo),
  adaptationsByAdoptionId: adaptationsByAdoptionIdLoader(repo),
});

type AdoptionsLoaders = ReturnType<typeof adoptionsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the adoptions loaders to the bag
  interface RequestLoaders extends AdoptionsLoaders {}
}

/** Contributes the adoptions loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const AdoptionsLoadersContribution = defineLoaders(
  'adoptions',
  [AdoptionsRepository],
  adoptionsLoaders,
);
