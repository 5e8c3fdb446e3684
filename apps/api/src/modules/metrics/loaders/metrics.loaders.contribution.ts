import { defineLoaders } from '../../../common/loaders/request-loaders';
import { MetricsRepository } from '../metrics.repository';
import {
  earlierVersionsByMeasurementIdLoader,
  latestOutcomesByCaseStudyIdLoader,
  measurementsByAdoptionIdLoader,
  measurementsByCaseStudyIdLoader,
  removedOutcomesByCaseStudyIdLoader,
} from './metrics.loaders';

/** Metrics' DataLoaders, fresh for each request. */
const metricsLoaders = (repo: MetricsRepository) => ({
  latestOutcomesByCaseStudyId: latestOutcomesByCaseStudyIdLoader(repo),
  measurementsByCaseStudyId: measurementsByCaseStudyIdLoader(repo),
  measurementsByAdoptionId: measurementsByAdoptionIdLoader(repo),
  earlierVersionsByMeasurementId: earlierVersionsByMeasurementIdLoader(repo),
  removedOutcomesByCaseStudyId: removedOutcomesByCaseStudyIdLoader(repo),
});

type MetricsLoaders = ReturnType<typeof metricsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the metrics loaders to the bag
  interface RequestLoaders extends MetricsLoaders {}
}

/** Contributes the metrics loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const MetricsLoadersContribution = defineLoaders(
  'metrics',
  [MetricsRepository],
  metricsLoaders,
);
