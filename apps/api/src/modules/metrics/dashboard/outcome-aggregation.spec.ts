import { periodOf } from '../../../common/dashboards/period';
import { aggregateOutcomes, isLowerBound } from './outcome-aggregation';
import type { FigureRow, MetricDef, PracticeRef } from './outcome-aggregation';

const JOBS: MetricDef = {
  key: 'JOBS',
  label: 'Local residents into jobs',
  unit: 'people',
  themeKey: 'EMPLOYMENT',
  perPopulation: true,
};
const SPEND: MetricDef = {
  key: 'SPEND',
  label: 'Local spend',
  unit: 'percent',
  themeKey: 'PROCUREMENT_SOCIAL_VALUE',
  perPopulation: false,
};

const practices = new Map<string, PracticeRef>(
  (
    [
      ['cs:A', 'QUA'], // Walsall's academy (Black Country)
      ['cs:B', 'QHL'], // Birmingham's recruitment pathway
      ['cs:C', 'QUA'],
      ['ad:X', 'QHL'], // a Birmingham organisation adopting A: counts for QHL
      ['cs:N', null], // no ICS: counts for the region only
    ] as const
  ).map(([key, ics]) => [
    key,
    { key, title: `Practice ${key}`, url: `/p/${key}`, icsOdsCode: ics },
  ]),
);

let seq = 0;
function fig(
  practice: string,
  metricKey: string,
  value: number,
  measuredOn: string,
  extra: Partial<FigureRow> = {},
): FigureRow {
  seq += 1;
  const [kind, id] = practice.split(':');
  return {
    id: `f${seq}`,
    caseStudyId: kind === 'cs' ? id! : null,
    adoptionId: kind === 'ad' ? id! : null,
    metricKey,
    value,
    qualifier: null,
    measuredOn,
    periodStart: null,
    cumulative: false,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)),
    sourceTitle: `Source ${seq}`,
    sourceUrl: null,
    ...extra,
  };
}

const figures: FigureRow[] = [
  fig('cs:A', 'JOBS', 10, '2024-06-30'), // 2024/25 Q1
  fig('cs:A', 'JOBS', 12, '2024-09-30'), // 2024/25 Q2: A's latest in Q2 and in the year
  fig('cs:A', 'JOBS', 150, '2025-01-01', { cumulative: true, qualifier: 'more than' }),
  fig('cs:B', 'JOBS', 5, '2024-09-30', { qualifier: 'more than' }),
  fig('ad:X', 'JOBS', 7, '2024-08-31'),
  fig('cs:N', 'JOBS', 3, '2024-07-31'),
  fig('cs:Z', 'JOBS', 100, '2024-08-01'), // not published: never counts
  fig('cs:A', 'SPEND', 20, '2024-09-30'),
  fig('cs:C', 'SPEND', 30, '2024-09-30'),
];

const q2 = periodOf({ financialYear: 2024, quarter: 2 });
const fy = periodOf({ financialYear: 2024, quarter: null });

function measure(period: typeof q2 | null, key: string) {
  return aggregateOutcomes([JOBS, SPEND], figures, practices, period).find((m) => m.key === key);
}

describe('outcome aggregation rules', () => {
  it('should sum the latest in-period figure of each practice ending in the period', () => {
    // 2024/25 Q2: QUA = A's 12 (A's Q1 figure is outside); region = 12 + 5 + 7 + 3 = 27.
    const jobs = measure(q2, 'outcomes.JOBS');
    expect(jobs?.byIcs.get('QUA')).toEqual({ value: 12, atLeast: false, basis: 1 });
    expect(jobs?.region).toEqual({ value: 27, atLeast: true, basis: 4 });
    // The whole year: A counts once, with its latest figure (12, not 10 + 12).
    expect(measure(fy, 'outcomes.JOBS')?.byIcs.get('QUA')).toEqual({
      value: 12,
      atLeast: false,
      basis: 1,
    });
  });

  it("should count an adopter's figure for the adopter's ICS, not the originator's", () => {
    // QHL = B's 5 + the adoption's 7 = 12; the adoption of A adds nothing to QUA.
    const jobs = measure(q2, 'outcomes.JOBS');
    expect(jobs?.byIcs.get('QHL')?.value).toBe(12);
    expect(jobs?.byIcs.get('QUA')?.value).toBe(12);
  });

  it('should mark a total with a "more than" figure in it as "at least"', () => {
    expect(measure(q2, 'outcomes.JOBS')?.byIcs.get('QHL')).toEqual({
      value: 12,
      atLeast: true,
      basis: 2,
    });
    expect(isLowerBound('more than')).toBe(true);
    expect(isLowerBound('Over')).toBe(true);
    expect(isLowerBound('at least')).toBe(true);
    expect(isLowerBound('about')).toBe(false);
    expect(isLowerBound(null)).toBe(false);
  });

  it('should never add cumulative figures to in-period ones', () => {
    // A's running total of more than 150 (to 2025-01-01) is its own measure, in the year only.
    const running = measure(fy, 'outcomes.JOBS.cumulative');
    expect(running?.byIcs.get('QUA')).toEqual({ value: 150, atLeast: true, basis: 1 });
    expect(running?.label).toBe('Local residents into jobs (running totals)');
    expect(measure(fy, 'outcomes.JOBS')?.region.value).toBe(27);
    // Q2 ends before the running total's date: no cumulative measure at all.
    expect(measure(q2, 'outcomes.JOBS.cumulative')).toBeUndefined();
  });

  it('should leave out figures outside the period and of practice that does not count', () => {
    const q1 = periodOf({ financialYear: 2024, quarter: 1 });
    expect(measure(q1, 'outcomes.JOBS')?.region).toEqual({ value: 10, atLeast: false, basis: 1 });
    const q3 = periodOf({ financialYear: 2024, quarter: 3 });
    expect(measure(q3, 'outcomes.JOBS')?.region).toEqual({ value: null, atLeast: false, basis: 0 });
  });

  it('should average percentages across practices rather than add them', () => {
    const spend = measure(q2, 'outcomes.SPEND');
    expect(spend?.byIcs.get('QUA')).toEqual({ value: 25, atLeast: false, basis: 2 });
    expect(spend?.perPopulation).toBe(false);
  });

  it('should prefer the figure entered later when two share a date', () => {
    const later = [fig('cs:A', 'JOBS', 40, '2024-09-30'), fig('cs:A', 'JOBS', 41, '2024-09-30')];
    const [jobs] = aggregateOutcomes([JOBS], later, practices, q2);
    expect(jobs?.byIcs.get('QUA')?.value).toBe(41);
  });

  it('should list the source of every figure counted, for the board pack', () => {
    const jobs = measure(q2, 'outcomes.JOBS');
    expect(jobs?.sources.map((s) => [s.about, s.icsOdsCode, s.value])).toEqual(
      expect.arrayContaining([
        ['Practice cs:A', 'QUA', 12],
        ['Practice ad:X', 'QHL', 7],
        ['Practice cs:N', null, 3],
      ]),
    );
    expect(jobs?.figuresPath).toBe('/impact/figures?metric=JOBS');
  });
});
