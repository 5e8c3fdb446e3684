/** Shapes of the origin-vs-adopters comparison the case study page needs. */
export interface ComparisonEntryLike {
  population?: number | null;
  per100k?: number | null;
  /** False when the figure is a running total or set beside one (never compared per head). */
  comparable?: boolean;
  notComparableReason?: string | null;
  ics?: { populationSource?: string | null } | null;
}

export interface ComparisonLike {
  metric: { perPopulation: boolean };
  entries: ReadonlyArray<ComparisonEntryLike>;
}

const PER_100K = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-GB');

/** A value per 100,000 residents as shown, or why there is none. */
export function formatPer100k(entry: ComparisonEntryLike): string {
  if (entry.comparable === false) return 'Cannot be compared';
  return entry.per100k === null || entry.per100k === undefined
    ? 'Population not known'
    : PER_100K.format(entry.per100k);
}

/** An ICS population as shown ("1,213,200"), or "Not known". */
export function formatPopulation(population: number | null | undefined): string {
  return population === null || population === undefined ? 'Not known' : WHOLE.format(population);
}

/**
 * The distinct sources of the ICS populations actually used to normalise
 * (count metrics, entries with a known population), for the footnote.
 */
export function populationSources(comparisons: ReadonlyArray<ComparisonLike>): string[] {
  const sources = new Set<string>();
  for (const comparison of comparisons) {
    if (!comparison.metric.perPopulation) continue;
    for (const entry of comparison.entries) {
      const source = entry.ics?.populationSource?.trim();
      if (source && entry.population) sources.add(source);
    }
  }
  return [...sources];
}

/** The distinct "cannot be compared" sentences of one metric's entries, to say under its table. */
export function notComparableReasons(entries: ReadonlyArray<ComparisonEntryLike>): string[] {
  return [
    ...new Set(entries.map((e) => e.notComparableReason?.trim()).filter((r): r is string => !!r)),
  ];
}
