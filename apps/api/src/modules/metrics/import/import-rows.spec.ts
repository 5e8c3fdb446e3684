import {
  checkRow,
  dataRows,
  figureKey,
  ImportFileError,
  MAX_IMPORT_ROWS,
  parseDate,
  parseValue,
  readHeader,
} from './import-rows';
import type { CheckContext } from './import-rows';

const HEADER = [
  'metric_key',
  'value',
  'qualifier',
  'period_start',
  'period_end',
  'cumulative',
  'baseline',
  'source_title',
  'source_url',
  'note',
];
const columns = readHeader(HEADER);
const ctx: CheckContext = {
  metricKeys: new Set(['LOCAL_RESIDENTS_INTO_JOBS', 'SOCIAL_VALUE_GBP']),
  existing: new Set([
    figureKey({
      metricKey: 'SOCIAL_VALUE_GBP',
      measuredOn: '2025-03-31',
      periodStart: '2024-04-01',
      cumulative: false,
    }),
  ]),
  today: '2026-12-04',
};
const row = (over: Partial<Record<(typeof HEADER)[number], string>>): string[] => {
  const base: Record<string, string> = {
    metric_key: 'LOCAL_RESIDENTS_INTO_JOBS',
    value: '12',
    qualifier: '',
    period_start: '2025-04-01',
    period_end: '2025-06-30',
    cumulative: 'no',
    baseline: '',
    source_title: 'Quarterly report',
    source_url: '',
    note: '',
  };
  return HEADER.map((h) => (h in over ? (over[h] as string) : base[h]));
};

describe('outcome import rows', () => {
  it('turns a good row into the figure addOutcomeMeasurement would save', () => {
    const r = checkRow(2, columns, row({}), ctx, new Map());
    expect(r.errors).toEqual([]);
    expect(r.figure).toEqual({
      metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
      value: 12,
      qualifier: null,
      periodStart: '2025-04-01',
      measuredOn: '2025-06-30',
      cumulative: false,
      baseline: null,
      sourceTitle: 'Quarterly report',
      sourceUrl: null,
      note: null,
    });
  });

  it('reads "more than 150", thousands separators, pounds and UK dates', () => {
    expect(parseValue('more than 150')).toEqual({ value: 150, qualifier: 'more than' });
    expect(parseValue('>150')).toEqual({ value: 150, qualifier: 'more than' });
    expect(parseValue('£1,250.50')).toEqual({ value: 1250.5, qualifier: null });
    expect(parseValue('1,25')).toBeNull();
    expect(parseValue('twelve')).toBeNull();
    expect(parseDate('31/03/2025')).toBe('2025-03-31');
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('03/31/2025')).toBeNull();
    const r = checkRow(
      2,
      columns,
      row({ value: 'more than 150', cumulative: 'yes', period_start: '' }),
      ctx,
      new Map(),
    );
    expect(r.figure).toMatchObject({
      value: 150,
      qualifier: 'more than',
      cumulative: true,
      periodStart: null,
    });
  });

  it('names the column and says what to fix for each bad cell', () => {
    const r = checkRow(
      7,
      columns,
      row({
        metric_key: 'JOBZ',
        value: 'lots',
        period_end: '31/02/2025',
        cumulative: 'maybe',
        source_title: '',
        source_url: 'javascript:alert(1)',
      }),
      ctx,
      new Map(),
    );
    expect(r.figure).toBeNull();
    expect(r.errors.map((e) => e.column).sort()).toEqual([
      'cumulative',
      'metric_key',
      'period_end',
      'source_url',
      'value',
    ]);
    expect(r.errors.find((e) => e.column === 'metric_key')?.message).toContain(
      '"JOBZ" is not a metric',
    );
  });

  it('needs a source, a date not in the future and a period that starts before it ends', () => {
    expect(checkRow(2, columns, row({ source_title: '' }), ctx, new Map()).errors[0].column).toBe(
      'source_title',
    );
    expect(
      checkRow(2, columns, row({ period_end: '2027-01-01' }), ctx, new Map()).errors[0].message,
    ).toContain('future');
    expect(
      checkRow(2, columns, row({ period_start: '2025-07-01' }), ctx, new Map()).errors[0].column,
    ).toBe('period_start');
  });

  it('refuses a row repeating a current figure or an earlier row of the same file', () => {
    const existing = checkRow(
      2,
      columns,
      row({ metric_key: 'SOCIAL_VALUE_GBP', period_start: '2024-04-01', period_end: '2025-03-31' }),
      ctx,
      new Map(),
    );
    expect(existing.errors[0].message).toContain('already has a figure');
    const seen = new Map<string, number>();
    expect(checkRow(2, columns, row({}), ctx, seen).errors).toEqual([]);
    expect(checkRow(3, columns, row({ value: '13' }), ctx, seen).errors[0].message).toBe(
      'Row 2 already gives this metric for the same period.',
    );
  });

  it('refuses a file whose headings are not the template’s, or that has no rows, or too many', () => {
    expect(() => readHeader(['metric', 'valu', 'period_end'])).toThrow(ImportFileError);
    expect(() => readHeader(['metric_key', 'value'])).toThrow(/missing: period_end/);
    expect(readHeader(['Metric key', 'Value', 'Measured on'])).toEqual([
      'metric_key',
      'value',
      'period_end',
    ]);
    expect(() => dataRows([])).toThrow(/empty/);
    expect(() => dataRows([HEADER, ['', '']])).toThrow(/no figures/);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row({}));
    expect(() => dataRows([HEADER, ...many])).toThrow(/Split it/);
    expect(dataRows([HEADER, [''], row({})]).body[0].rowNumber).toBe(3);
  });
});
