/** Whether a higher or lower value of a metric is the better outcome. */
export enum MetricDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
