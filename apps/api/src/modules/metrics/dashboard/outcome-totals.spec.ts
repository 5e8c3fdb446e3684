import { outcomesFromTotals } from './outcome-aggregation';
import type { MetricDef, OutcomeTotalRow } from './outcome-aggregation';

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
  themeKey: null,
  perPopulation: false,
};

const row = (
  metricKey: string,
  icsOdsCode: string | null,
  sum: number,
  basis: number,
  extra: Partial<OutcomeTotalRow> = {},
): OutcomeTotalRow => ({
  metricKey,
  cumulative: false,
  icsOdsCode,
  qualifier: null,
  sum,
  basis,
  ...extra,
});

describe('outcome measures from totals summed in SQL', () => {
  const totals = [
    row('JOBS', 'QUA', 12, 1),
    row('JOBS', 'QUA', 3, 1, { qualifier: 'about' }),
    row('JOBS', 'QHL', 7, 1, { qualifier: 'more than' }),
    row('JOBS', null, 5, 1), // no ICS: the region only
    row('JOBS', 'QUA', 150, 1, { cumulative: true, qualifier: 'more than' }),
    row('SPEND', 'QUA', 55, 2),
  ];
  const measures = outcomesFromTotals([JOBS, SPEND], totals);
  const of = (key: string) => measures.find((m) => m.key === key)!;

  it('should add an ICS’s rows, and every row for the region, marking "more than" as at least', () => {
    // Hand-computed: QUA 12 + 3 = 15; QHL 7 (more than); region 12 + 3 + 7 + 5 = 27, at least.
    expect(of('outcomes.JOBS').byIcs.get('QUA')).toEqual({ value: 15, atLeast: false, basis: 2 });
    expect(of('outcomes.JOBS').byIcs.get('QHL')).toEqual({ value: 7, atLeast: true, basis: 1 });
    expect(of('outcomes.JOBS').region).toEqual({ value: 27, atLeast: true, basis: 4 });
  });

  it('should keep running totals apart and average rates', () => {
    expect(of('outcomes.JOBS.cumulative').region).toEqual({ value: 150, atLeast: true, basis: 1 });
    expect(of('outcomes.JOBS').byIcs.has('null')).toBe(false);
    // 55 over two practices: 27.5 (averaged, not added).
    expect(of('outcomes.SPEND').byIcs.get('QUA')).toEqual({
      value: 27.5,
      atLeast: false,
      basis: 2,
    });
    expect(measures.map((m) => m.key)).toEqual([
      'outcomes.JOBS',
      'outcomes.JOBS.cumulative',
      'outcomes.SPEND',
    ]);
  });

  it('should show a metric with no figures as no data, and no running totals without any', () => {
    const none = outcomesFromTotals([JOBS], []);
    expect(none.map((m) => [m.key, m.region.value, m.byIcs.size])).toEqual([
      ['outcomes.JOBS', null, 0],
    ]);
  });
});
