/**
 * How dashboard figures are calculated, in the words shown on every dashboard
 * and board pack ("How these figures are calculated"). The code that follows
 * these rules is `metrics/dashboard/outcome-aggregation.ts` (outcome figures)
 * and each feature's dashboard measures; their unit specs check each rule
 * against hand-computed fixtures.
 */
export const AGGREGATION_RULES: readonly string[] = [
  'Outcome figures come from published case studies (counted for the ICS of the case study) and from adoptions (counted for the ICS of the adopting organisation, not the ICS the practice came from).',
  'For each practice, only its latest in-period figure for a metric that ends within the chosen period is counted; the total is the sum of those figures across practices.',
  'Cumulative figures (running totals since a practice began) are never added to in-period figures. They are totalled separately, using each practice’s latest cumulative figure up to the end of the period.',
  'A figure stated as "more than" or "at least" is counted at its stated value, and any total it goes into is shown as "at least".',
  'Percentages and rates are averaged across practices, not added.',
  'Corrected figures count only in their corrected form; removed figures are not counted. Both stay visible in the figure’s history.',
  'Per 100,000 residents uses the ICS population from the ONS Census 2021 (the region: 10.8 million), and is shown only for counts.',
  'Periods are NHS financial years (April to March) and their quarters; "All years" counts everything recorded.',
];

/** A count per 100,000 residents, to 1 decimal place; null without a value or a population. */
export function per100k(value: number | null, population: number | null): number | null {
  if (value === null || !population || population <= 0) return null;
  return Math.round((value / population) * 100_000 * 10) / 10;
}
