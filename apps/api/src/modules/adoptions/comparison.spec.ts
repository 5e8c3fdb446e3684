import type { OutcomeMeasurementEntity } from '../metrics/entities/outcome-measurement.entity';
import type { ComparisonSide } from './comparison';
import { buildComparison, comparable, notComparableReason, periodText } from './comparison';

const metric = {
  key: 'LOCAL_RESIDENTS_INTO_JOBS',
  label: 'Local residents into jobs',
  unit: 'people',
  definition: 'People',
  direction: 'HIGHER_IS_BETTER',
  perPopulation: true,
  sortOrder: 1,
  themeKey: null,
} as unknown as NonNullable<OutcomeMeasurementEntity['metric']>;

const figure = (over: Partial<OutcomeMeasurementEntity>): OutcomeMeasurementEntity =>
  ({
    id: Math.random().toString(36),
    caseStudyId: null,
    adoptionId: null,
    metricKey: metric.key,
    metric,
    value: 10,
    baseline: null,
    qualifier: null,
    cumulative: false,
    measuredOn: '2025-03-31',
    periodStart: null,
    sourceTitle: 'x',
    sourceUrl: null,
    note: null,
    createdById: null,
    createdAt: new Date('2025-04-01T00:00:00Z'),
    supersededAt: null,
    supersededById: null,
    removedAt: null,
    removedById: null,
    removalReason: null,
    correctionReason: null,
    ...over,
  }) as OutcomeMeasurementEntity;

const side = (
  isOrigin: boolean,
  population: number,
  rows: OutcomeMeasurementEntity[],
): ComparisonSide => ({
  isOrigin,
  organisationName: isOrigin ? 'Origin Trust' : 'Adopter Trust',
  ics: {
    id: 'i',
    odsCode: isOrigin ? 'QUA' : 'QHL',
    name: 'ICS',
    shortName: 'ICS',
    population,
  } as never,
  measurements: rows,
});

describe('origin vs adopter comparison: like with like', () => {
  it('should say what each figure covers', () => {
    expect(
      periodText({ cumulative: false, periodStart: '2020-11-01', measuredOn: '2022-07-31' }),
    ).toBe('Nov 2020 to Jul 2022');
    expect(
      periodText({ cumulative: true, periodStart: '2019-01-01', measuredOn: '2025-01-31' }),
    ).toBe('to Jan 2025 (running total)');
    expect(periodText({ cumulative: false, periodStart: null, measuredOn: '2025-03-31' })).toBe(
      'on 31 Mar 2025',
    );
  });

  it('should never set a running total beside one period’s figure, and say why in words', () => {
    const origin = { cumulative: true, periodStart: '2019-04-01', measuredOn: '2025-01-31' };
    const quarter = { cumulative: false, periodStart: '2025-04-01', measuredOn: '2025-06-30' };
    expect(comparable(origin, quarter)).toBe(false);
    expect(notComparableReason(origin, quarter)).toBe(
      "These figures cannot be compared: the origin's is a running total since 2019, the adopter's is for one quarter.",
    );
    expect(comparable(quarter, { ...quarter, cumulative: true })).toBe(false);
    expect(comparable(quarter, quarter)).toBe(true);
    expect(notComparableReason(quarter, quarter)).toBeNull();
  });

  it('should give per 100,000 only for comparable in-period counts (hand-computed)', () => {
    // Origin: 150 in a year in an ICS of 1,213,200 → 12.36 per 100k. Adopter: 30 in a year, 1,361,100 → 2.20.
    const year = { periodStart: '2024-04-01', measuredOn: '2025-03-31' };
    const [jobs] = buildComparison(
      side(true, 1_213_200, [figure({ value: 150, qualifier: 'more than', ...year })]),
      [side(false, 1_361_100, [figure({ value: 30, ...year })])],
    );
    expect(
      jobs.entries.map((e) => [e.per100k, e.comparable, e.periodText, e.latest.qualifier]),
    ).toEqual([
      [12.36, true, 'Apr 2024 to Mar 2025', 'more than'],
      [2.2, true, 'Apr 2024 to Mar 2025', null],
    ]);

    // The case: "more than 150" since 2019 (running total) vs 12 for one quarter.
    const [mixed] = buildComparison(
      side(true, 1_213_200, [
        figure({
          value: 150,
          qualifier: 'more than',
          cumulative: true,
          periodStart: '2019-06-01',
          measuredOn: '2025-01-31',
        }),
      ]),
      [
        side(false, 1_361_100, [
          figure({ value: 12, periodStart: '2025-04-01', measuredOn: '2025-06-30' }),
        ]),
      ],
    );
    expect(mixed.entries.map((e) => [e.per100k, e.comparable, e.periodText])).toEqual([
      [null, false, 'to Jan 2025 (running total)'],
      [null, false, 'Apr 2025 to Jun 2025'],
    ]);
    expect(mixed.entries[1].notComparableReason).toBe(
      "These figures cannot be compared: the origin's is a running total since 2019, the adopter's is for one quarter.",
    );
  });
});
