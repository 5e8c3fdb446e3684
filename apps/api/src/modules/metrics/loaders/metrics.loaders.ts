import DataLoader from 'dataloader';

import { groupBy } from '../../../common/loaders/loader-utils';
import type { OutcomeMeasurementEntity } from '../entities/outcome-measurement.entity';
import type { MetricsRepository } from '../metrics.repository';

/** Latest value per metric of each case study, with the metric (one statement). */
export const latestOutcomesByCaseStudyIdLoader = (repo: MetricsRepository) =>
  new DataLoader<string, OutcomeMeasurementEntity[]>(async (ids) =>
    groupBy(ids, await repo.findLatestForCaseStudies(ids), (row) => row.caseStudyId as string),
  );

export const measurementsByCaseStudyIdLoader = (repo: MetricsRepository) =>
  new DataLoader<string, OutcomeMeasurementEntity[]>(async (ids) =>
    groupBy(
      ids,
      await repo.findMeasurements('caseStudyId', ids),
      (row) => row.caseStudyId as string,
    ),
  );

export const measurementsByAdoptionIdLoader = (repo: MetricsRepository) =>
  new DataLoader<string, OutcomeMeasurementEntity[]>(async (ids) =>
    groupBy(ids, await repo.findMeasurements('adoptionId', ids), (row) => row.adoptionId as string),
  );

/** The earlier figures each figure corrected, newest first (one recursive statement per batch). */
export const earlierVersionsByMeasurementIdLoader = (repo: MetricsRepository) =>
  new DataLoader<string, OutcomeMeasurementEntity[]>(async (ids) => {
    const pairs = await repo.findEarlierVersions(ids);
    const by = new Map<string, OutcomeMeasurementEntity[]>();
    for (const { rootId, row } of pairs) by.set(rootId, [...(by.get(rootId) ?? []), row]);
    return ids.map((id) => by.get(id) ?? []);
  });

export const removedOutcomesByCaseStudyIdLoader = (repo: MetricsRepository) =>
  new DataLoader<string, OutcomeMeasurementEntity[]>(async (ids) =>
    groupBy(ids, await repo.findRemovedForCaseStudies(ids), (row) => row.caseStudyId as string),
  );
