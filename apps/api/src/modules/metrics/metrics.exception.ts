import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum MetricsErrorCode {
  UnknownMetric = 'METRIC_UNKNOWN',
  OneTarget = 'METRIC_ONE_TARGET',
  SourceRequired = 'METRIC_SOURCE_REQUIRED',
  TargetNotFound = 'METRIC_TARGET_NOT_FOUND',
  NotEditor = 'METRIC_NOT_EDITOR',
  BadPeriod = 'METRIC_BAD_PERIOD',
  MeasurementNotFound = 'METRIC_MEASUREMENT_NOT_FOUND',
  NotCurrent = 'METRIC_MEASUREMENT_NOT_CURRENT',
  ReasonRequired = 'METRIC_REASON_REQUIRED',
}

const CATEGORY: Record<MetricsErrorCode, ErrorSpec> = {
  [MetricsErrorCode.UnknownMetric]: [
    ErrorCategory.BadUserInput,
    'That metric is not in the dictionary.',
    'metricKey',
  ],
  [MetricsErrorCode.OneTarget]: [
    ErrorCategory.BadUserInput,
    'Give exactly one of caseStudyId or adoptionId.',
    'caseStudyId',
  ],
  [MetricsErrorCode.SourceRequired]: [
    ErrorCategory.BadUserInput,
    'Give the source of the figure: a link or a document title.',
    'sourceUrl',
  ],
  [MetricsErrorCode.TargetNotFound]: [
    ErrorCategory.NotFound,
    'The case study or adoption was not found.',
  ],
  [MetricsErrorCode.NotEditor]: [
    ErrorCategory.Forbidden,
    "Only the case study's or adoption's organisation (or admins) can add figures.",
  ],
  [MetricsErrorCode.BadPeriod]: [
    ErrorCategory.BadUserInput,
    'The period must start before it ends.',
    'periodStart',
  ],
  [MetricsErrorCode.MeasurementNotFound]: [ErrorCategory.NotFound, 'That figure was not found.'],
  [MetricsErrorCode.NotCurrent]: [
    ErrorCategory.Conflict,
    'This figure has already been corrected or removed; reload to see the current one.',
  ],
  [MetricsErrorCode.ReasonRequired]: [
    ErrorCategory.BadUserInput,
    'Say why the figure is being removed.',
    'reason',
  ],
};

export class MetricsException extends domainExceptionFrom(CATEGORY) {}
