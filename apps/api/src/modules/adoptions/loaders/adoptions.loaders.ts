import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { AdoptionsRepository } from '../adoptions.repository';
import type { AdaptationEntity } from '../entities/adaptation.entity';
import type { AdoptionEntity } from '../entities/adoption.entity';
import type { AdoptionStageChangeEntity } from '../entities/adoption-stage-change.entity';

export const adoptionCountByCaseStudyIdLoader = (repo: AdoptionsRepository) =>
  new DataLoader<string, number>(async (ids) =>
    byKey(ids, await repo.countByCaseStudyIds(ids), (row) => row.caseStudyId).map(
      (row) => row?.count ?? 0,
    ),
  );

export const adoptionsByCaseStudyIdLoader = (repo: AdoptionsRepository) =>
  new DataLoader<string, AdoptionEntity[]>(async (ids) =>
    groupBy(ids, await repo.findByCaseStudyIds(ids), (row) => row.caseStudyId),
  );

/** Adoptions each person declared, newest first (for their profile). */
export const adoptionsByDeclarerIdLoader = (repo: AdoptionsRepository) =>
  new DataLoader<string, AdoptionEntity[]>(async (ids) =>
    groupBy(ids, await repo.findByDeclarerIds(ids), (row) => row.declaredById ?? ''),
  );

export const stageChangesByAdoptionIdLoader = (repo: AdoptionsRepository) =>
  new DataLoader<string, AdoptionStageChangeEntity[]>(async (ids) =>
    groupBy(ids, await repo.findStageChanges(ids), (row) => row.adoptionId),
  );

export const adaptationsByAdoptionIdLoader = (repo: AdoptionsRepository) =>
  new DataLoader<string, AdaptationEntity[]>(async (ids) =>
    groupBy(ids, await repo.findAdaptations(ids), (row) => row.adoptionId),
  );
